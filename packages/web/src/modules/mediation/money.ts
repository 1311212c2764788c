/** Yuan as decimal text, at most two decimals: what the server accepts as money. */
export const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;

/** Yuan text → integer fen, exactly (never a binary float); undefined for text that is not an amount. */
export function toFen(amount: string | undefined | null): bigint | undefined {
  const text = amount?.trim();
  if (!text || !amountPattern.test(text)) return undefined;
  const [yuan = '0', fen = ''] = text.split('.');
  return BigInt(yuan) * 100n + BigInt((fen + '00').slice(0, 2));
}

/** The quick path is for wage claims up to 10,000 yuan, as at the mediation counter. */
export const smallClaimLimitFen = 1_000_000n;

export function isSmallClaimAmount(amount: string | undefined): boolean {
  const fen = toFen(amount);
  return fen !== undefined && fen <= smallClaimLimitFen;
}

/** Nobody recovers more than was claimed: true when both are amounts and recovered ≤ claimed. */
export function recoveredWithinClaimed(recovered: string | undefined, claimed: string | undefined): boolean {
  const r = toFen(recovered);
  const c = toFen(claimed);
  return r !== undefined && c !== undefined && r <= c;
}

/** The usual terms of a counter settlement, for the mediator to adjust: full payment on the day of signing. */
export function defaultTerms(respondent: string, applicant: string, recovered: string): string {
  return `${respondent}于本协议签订当日一次性支付${applicant}劳动报酬人民币 ${recovered} 元，双方就本次争议再无其他纠纷。`;
}
