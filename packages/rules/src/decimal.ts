import { roundHalfAway, ruleDecimalScale, scaledDecimal } from '@gigpact/contracts';

/**
 * Exact decimals for the TypeScript evaluator, matching the SQL the compiler emits: a value is a BigInt scaled
 * by 10^12 (SQL: DECIMAL(38,12)). Addition is exact; a product is rounded half away from zero back to 12
 * places (what a cast from DECIMAL(38,24) does); a quotient is truncated toward zero at 12 places (the SQL
 * emitters divide scaled integers). Floats never take part.
 */
export const decimalScale = ruleDecimalScale;
const unit = 10n ** BigInt(decimalScale);

export type Scaled = bigint;

export function parseDecimal(text: string): Scaled {
  const value = scaledDecimal(text);
  if (value === undefined) throw new Error(`not a decimal: ${text}`);
  return value;
}

export function fromInteger(value: bigint): Scaled {
  return value * unit;
}

export function multiply(a: Scaled, b: Scaled): Scaled {
  return roundHalfAway(a * b, unit);
}

/** Truncated quotient; null when dividing by zero (SQL: NULLIF on the divisor). */
export function divide(a: Scaled, b: Scaled): Scaled | null {
  if (b === 0n) return null;
  return (a * unit) / b;
}

/** Canonical text without trailing zeros: `17`, `0.27`, `-3.5`. */
export function formatDecimal(value: Scaled): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / unit;
  const fraction = (abs % unit).toString().padStart(decimalScale, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Decimal places of a value once trailing zeros are dropped (`2.50` has one). */
export function decimalPlaces(text: string): number {
  const canonical = canonicalDecimal(text);
  const point = canonical.indexOf('.');
  return point < 0 ? 0 : canonical.length - point - 1;
}

/** Normalises any decimal text (e.g. `17.000000000000` from SQL) to the canonical form. */
export function canonicalDecimal(text: string): string {
  return formatDecimal(parseDecimal(text));
}
