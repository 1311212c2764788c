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
 * latest four weeks of data when no agreement covers it. Null days when the platform has no data in it.
 */
export interface ScoringPeriod {
  from: string | null;
  to: string | null;
  basis: 'agreement' | 'recent';
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
  // No data since the agreement took effect: nothing to score on.
  if (from > to) return { from: null, to: null, basis: 'agreement', agreementId: agreement.id };
  return { from, to, basis: 'agreement', agreementId: agreement.id };
}
