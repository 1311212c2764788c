import type { Industry } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import type { AgreementChoice } from './agreement-choice';

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
 * The days a card's data points are measured over, and why those: `agreement`, since the agreement it is scored
 * under (`agreement-choice.ts`) took effect, to its end or the end of the data (what the platform has done under
 * the agreement, not before it); `recent`, the platform's latest four weeks of data when no agreement covers it;
 * `before_agreement`, those four weeks when the agreements covering it have yet to show in its data (the one
 * named takes effect after the data ends, or its scope holds none of the platform's rows: scored as without it,
 * so that signing an agreement never empties a card). Null days when the platform has no data in it.
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
 * The scoring period of a platform whose data runs from `data.from` to `data.to`: under the agreement `choice`
 * scores it under, from the later of the agreement's effective date and the first day of data to the earlier of
 * the agreement's last day and the last day of data; without one, the last `recentDays` days of data, naming the
 * agreement that has yet to show.
 */
export function scoringPeriod(
  data: { from: string | null; to: string | null },
  choice: AgreementChoice,
): ScoringPeriod {
  const agreement = choice.scoredUnder;
  if (!data.from || !data.to) {
    const named = agreement ?? choice.yetToShow;
    return { from: null, to: null, basis: named ? 'agreement' : 'recent', agreementId: named?.id ?? null };
  }
  const recent = () => {
    const from = addDays(data.to!, -(recentDays - 1));
    return { from: from > data.from! ? from : data.from!, to: data.to! };
  };
  if (!agreement)
    return choice.yetToShow
      ? { ...recent(), basis: 'before_agreement', agreementId: choice.yetToShow.id }
      : { ...recent(), basis: 'recent', agreementId: null };
  const from = agreement.effectiveFrom > data.from ? agreement.effectiveFrom : data.from;
  const to = agreement.effectiveTo && agreement.effectiveTo < data.to ? agreement.effectiveTo : data.to;
  // No day of data in the agreement's days: scored as without it, naming it.
  if (from > to) return { ...recent(), basis: 'before_agreement', agreementId: agreement.id };
  return { from, to, basis: 'agreement', agreementId: agreement.id };
}
