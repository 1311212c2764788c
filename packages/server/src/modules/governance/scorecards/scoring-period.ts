import type { Industry } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';

/** An agreement in force, as far as a scorecard's period needs it. */
export interface AgreementInForce {
  id: string;
  industry: Industry;
  platforms: string[];
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Its current version: the parameters the card's metrics and thresholds are read from. */
  document: Agreement;
}

/**
 * The days a card's data points are measured over, and why those: `agreement`, since the agreement in force that
 * covers the platform took effect (what it has done under the agreement, not before it); `recent`, the platform's
 * latest four weeks of data when no agreement covers it; `before_agreement`, those four weeks when the agreement
 * covering it takes effect after its data ends (scored as without it, so that signing an agreement never empties a
 * card). Null days when the platform has no data in it.
 */
export interface ScoringPeriod {
  from: string | null;
  to: string | null;
  basis: 'agreement' | 'recent' | 'before_agreement';
  agreementId: string | null;
}

/** Days of data a card without an agreement is scored on: four whole weeks. */
export const recentDays = 28;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The scoring period of a platform whose data runs from `data.from` to `data.to`: from the later of the agreement's
 * effective date and the first day of data to the earlier of the agreement's last day and the last day of data;
 * without an agreement, the last `recentDays` days of data.
 */
export function scoringPeriod(
  data: { from: string | null; to: string | null },
  agreement: AgreementInForce | null,
): ScoringPeriod {
  if (!data.from || !data.to)
    return {
      from: null,
      to: null,
      basis: agreement ? 'agreement' : 'recent',
      agreementId: agreement?.id ?? null,
    };
  if (!agreement) {
    const from = addDays(data.to, -(recentDays - 1));
    return { from: from > data.from ? from : data.from, to: data.to, basis: 'recent', agreementId: null };
  }
  const from = agreement.effectiveFrom > data.from ? agreement.effectiveFrom : data.from;
  const to = agreement.effectiveTo && agreement.effectiveTo < data.to ? agreement.effectiveTo : data.to;
  // No data since the agreement took effect (it takes effect after the data ends): the platform is scored as one
  // without an agreement, on its latest four weeks, and the card says which agreement has yet to show.
  if (from > to)
    return { ...scoringPeriod(data, null), basis: 'before_agreement', agreementId: agreement.id };
  return { from, to, basis: 'agreement', agreementId: agreement.id };
}
