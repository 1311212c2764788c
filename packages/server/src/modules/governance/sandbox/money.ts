import { roundedDecimal } from '@gigpact/contracts';
import { num } from '../stats/duck';

/**
 * An amount of an outcome in yuan rounded to the fen, half away from zero, as amounts are shown: an exact decimal
 * (the findings' amounts, pay added) from its digits, a measured one (fines) from its value.
 */
export const money = (value: unknown) =>
  (typeof value === 'string' ? roundedDecimal(value, 2, true) : undefined) ?? (num(value) ?? 0).toFixed(2);

/**
 * An exact decimal (text; empty: none) divided by a whole number, in yuan rounded to the fen half away from zero:
 * the division made in whole numbers, so that an amount of exactly half a fen is rounded as the clause's own
 * amount is, never as a binary fraction just below it.
 */
export function quotientInFen(dividend: string | null, divisor: bigint): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(dividend ?? '0');
  if (!match || divisor <= 0n) throw new Error(`cannot divide ${dividend} by ${divisor}`);
  const fraction = match[3] ?? '';
  const digits = BigInt(`${match[2]}${fraction}`);
  // Fen = digits × 100 / (10^places × divisor), rounded half away from zero.
  const by = 10n ** BigInt(fraction.length) * divisor;
  const fen = (digits * 200n + by) / (2n * by);
  const text = fen.toString().padStart(3, '0');
  const sign = match[1] && fen !== 0n ? '-' : '';
  return `${sign}${text.slice(0, -2)}.${text.slice(-2)}`;
}
