/**
 * An amount of money (an exact decimal as text, up to 12 places) in yuan and fen, rounded half away from zero,
 * with thousands separators: "3578.2999999998" → "3,578.30". Empty amounts are a dash.
 */
export function moneyLabel(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = `${fraction}000`;
  let fen = BigInt(whole) * 100n + BigInt(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) fen += 1n;
  const yuan = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (fen % 100n).toString().padStart(2, '0');
  return `${sign && fen > 0n ? '-' : ''}${yuan}.${cents}`;
}

/** Whether `moneyLabel` shows the amount exactly (no more than two places that matter). */
export function moneyShownExactly(amount: string): boolean {
  return !/\.\d\d\d*[1-9]/.test(amount);
}
