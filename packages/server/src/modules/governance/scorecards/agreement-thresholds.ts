import type { Agreement } from '@gigpact/rules';
import { parameterOn } from '../metrics/agreement-params';
import type { PointSpec } from './points';
import type { AgreementInForce, ScoringPeriod } from './scoring-period';

/**
 * The day a card's agreement parameters are read on: the last day of its scoring period, so a bar the agreement
 * raises within the period (an hourly minimum of 24 yuan to 1 July, 25 after) is the one in force when the
 * period ends — what the agreement asks of the platform now, not what it asked at the start. Without data in
 * the period, the day the agreement took effect.
 */
export function thresholdDay(
  period: ScoringPeriod,
  agreement: Pick<AgreementInForce, 'effectiveFrom'>,
): string {
  return period.to ?? agreement.effectiveFrom;
}

/**
 * A card's points with each threshold that is a clause's parameter read from the agreement the card is scored
 * under, on `day`; the library default where the agreement has no such clause, and for a card without an
 * agreement. Every other bar is the union's own and stays as it is.
 */
export function pointsUnderAgreement(
  specs: readonly PointSpec[],
  agreement: Agreement | null,
  day: string,
): PointSpec[] {
  return specs.map((spec) =>
    spec.rule && spec.thresholdParam
      ? { ...spec, threshold: parameterOn(agreement, spec.rule, spec.thresholdParam, day) }
      : spec,
  );
}
