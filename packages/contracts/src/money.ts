const decimalText = /^(-?)(\d+)(?:\.(\d*))?$/;

/**
 * An exact decimal (text) rounded half away from zero to `places`, as the rules round products, keeping trailing
 * zeros when `fixed` (`"0.005"` → `"0.01"`, `"-0.004"` → `"0.00"`); undefined for text that is not a decimal.
 */
export function roundedDecimal(value: string, places: number, fixed: boolean): string | undefined {
  const match = decimalText.exec(value.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = BigInt(whole + fraction.padEnd(places, '0').slice(0, places));
  const rest = fraction.slice(places);
  const rounded = rest !== '' && rest[0]! >= '5' ? digits + 1n : digits;
  const text = rounded.toString().padStart(places + 1, '0');
  const int = text.slice(0, text.length - places);
  let frac = text.slice(text.length - places);
  if (!fixed) frac = frac.replace(/0+$/, '');
  return `${sign && rounded !== 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/**
 * An amount of money (an exact decimal as text, up to 12 places) in yuan and fen, rounded half away from zero,
 * with thousands separators: "3578.2999999998" → "3,578.30". Empty amounts are a dash.
 */
export function moneyLabel(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const rounded = roundedDecimal(amount, 2, true);
  return rounded ? rounded.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : amount;
}

/** Whether `moneyLabel` shows the amount exactly (no more than two places that matter). */
export function moneyShownExactly(amount: string): boolean {
  return !/\.\d\d\d*[1-9]/.test(amount);
}
