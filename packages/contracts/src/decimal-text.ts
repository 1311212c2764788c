/**
 * How the rules read a decimal written as text: exact to 12 places (SQL `DECIMAL(38,12)`), further places rounded
 * half away from zero. Shared by the rule compiler and by forms that check a value before it is saved, so that both
 * read `1.0000000000001` as 1.
 */
export const ruleDecimalScale = 12;

/** `value / by` rounded to the nearest integer, halves away from zero. */
export function roundHalfAway(value: bigint, by: bigint): bigint {
  const quotient = value / by;
  const remainder = value % by;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= by) return value < 0n ? quotient - 1n : quotient + 1n;
  return quotient;
}

/**
 * A decimal written as text (`-1.25`, `.5`, `2e-3`) as an integer count of 10^-12, rounded as the rules read it;
 * undefined when the text is no decimal.
 */
export function scaledDecimal(text: string): bigint | undefined {
  const match = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
  let digits = (match[2] ?? '') + (match[3] ?? '');
  let places = (match[3] ?? '').length - Number(match[4] ?? 0);
  if (places < 0) {
    digits += '0'.repeat(-places);
    places = 0;
  }
  let value = BigInt(digits === '' ? '0' : digits);
  if (places <= ruleDecimalScale) value *= 10n ** BigInt(ruleDecimalScale - places);
  else value = roundHalfAway(value, 10n ** BigInt(places - ruleDecimalScale));
  return match[1] === '-' ? -value : value;
}
