/** Yuan as decimal text → integer fen, exactly (no binary floats). Input is already checked by `moneyText`. */
export function toFen(amount: string): bigint {
  const [yuan, fen = ''] = amount.split('.');
  return BigInt(yuan ?? '0') * 100n + BigInt((fen + '00').slice(0, 2));
}

/** The small wage claims mediation rooms settle in one sitting: up to 10,000 yuan. */
export const smallClaimLimitFen = 1_000_000n;

export function isSmallClaim(claimType: string, amount: string | null): boolean {
  return claimType === 'wage_arrears' && amount !== null && toFen(amount) <= smallClaimLimitFen;
}
