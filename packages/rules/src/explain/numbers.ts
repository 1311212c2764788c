import { roundedDecimal, type Language } from '@gigpact/contracts';

/**
 * A value as a reader sees it in a trace. The rules' decimals are exact to 12 places, so a quotient reads
 * `24.36399999998`, which looks like a floating-point slip; such a value is shown rounded and marked `≈`,
 * with the exact value beside it. Money reads with two places (`6.00`). Values stay exact in the trace's data.
 */
export interface ShownValue {
  /** The value as read: rounded when `approximate`. */
  readonly shown: string;
  readonly approximate: boolean;
  /** The exact value, as the rule computed it. */
  readonly exact: string;
}

/** More fractional digits than this and a decimal is shown rounded. */
export const maxShownPlaces = 6;
/** Places a rounded decimal keeps: three, or three significant digits below 1. */
const roundedPlaces = 3;
const decimalText = /^(-?)(\d+)(?:\.(\d+))?$/;

/** How a number is shown: `money` at two places, any other decimal as given up to 6 places, else rounded. */
export function showValue(value: string, money = false): ShownValue {
  const match = decimalText.exec(value);
  if (!match) return { shown: value, approximate: false, exact: value };
  const [, sign = '', whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  const exact = `${sign}${whole}${significant ? `.${significant}` : ''}`;
  const places = significant.length;
  if (money) {
    const shown = roundedDecimal(value, 2, true)!;
    return { shown, approximate: places > 2, exact };
  }
  if (places <= maxShownPlaces) return { shown: exact, approximate: false, exact };
  const leadingZeros = /^0+$/.test(whole) ? (/^0*/.exec(fraction)?.[0].length ?? 0) : 0;
  const keep = Math.max(roundedPlaces, leadingZeros + roundedPlaces);
  if (keep >= places) return { shown: exact, approximate: false, exact };
  return { shown: roundedDecimal(value, keep, false)!, approximate: true, exact };
}

/**
 * `= 17` or `≈ 24.364（计算值 24.36399999998）` / `≈ 24.364 (as computed 24.36399999998)`: what follows a name. The
 * value beside the rounded one is the rule's own, to its 12 places (a quotient truncated there), not the real
 * number's every digit.
 */
export function valueAfterName(value: string | null, language: Language, money = false): string {
  if (value === null) return '= ∅';
  const v = showValue(value, money);
  if (!v.approximate) return `= ${v.shown}`;
  return language === 'zh' ? `≈ ${v.shown}（计算值 ${v.exact}）` : `≈ ${v.shown} (as computed ${v.exact})`;
}

/** An amount of money in words: `3.50 元`, `约 3.47 元（计算值 3.47222222222 元）` / `CNY 3.50`, `about CNY 3.47 (…)`. */
export function moneyWords(value: string, language: Language): string {
  const v = showValue(value, true);
  if (language === 'zh') return v.approximate ? `约 ${v.shown} 元（计算值 ${v.exact} 元）` : `${v.shown} 元`;
  return v.approximate ? `about CNY ${v.shown} (as computed CNY ${v.exact})` : `CNY ${v.shown}`;
}
