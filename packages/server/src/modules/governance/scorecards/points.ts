import type { FairworkPrinciple, Industry } from '@gigpact/contracts';
import { libraryDefault } from '../metrics/agreement-params';

export type EvidenceKind = 'governance' | 'audit_run' | 'agreement' | 'workers';
export type Comparator = '>=' | '<=' | '=';

/** One point of a scorecard: what it measures, the threshold it must meet, and where the evidence lives. */
export interface PointSpec {
  principle: FairworkPrinciple;
  level: 1 | 2;
  metric: string;
  comparator: Comparator;
  threshold: number;
  unit: string;
  evidence: EvidenceKind;
  /** The library rule whose clause findings, in an audit run, are this point's evidence. */
  rule?: string;
  /**
   * The parameter of `rule` that is the threshold: the agreement the card is scored under sets it
   * (`agreement-thresholds.ts`); `threshold` is then the library default, for a card without one.
   */
  thresholdParam?: string;
}

/** A point whose threshold is a parameter of a library rule, the library's default until an agreement sets it. */
const agreementBar = (rule: string, param: string) => ({
  threshold: libraryDefault(rule, param),
  rule,
  thresholdParam: param,
});

const shared: PointSpec[] = [
  {
    principle: 'management',
    level: 1,
    metric: 'audit_findings_per_1000_rows',
    comparator: '<=',
    threshold: 1,
    unit: 'per_1000',
    evidence: 'audit_run',
  },
  {
    principle: 'representation',
    level: 1,
    metric: 'agreement_in_force',
    comparator: '=',
    threshold: 1,
    unit: 'flag',
    evidence: 'agreement',
  },
  {
    principle: 'representation',
    level: 2,
    metric: 'union_member_share',
    comparator: '>=',
    threshold: 0.3,
    unit: 'share',
    evidence: 'workers',
  },
];

/**
 * The thresholds of each principle's two points, by industry, in the manner of Fairwork's principles. Each is
 * a clause of a signed agreement or national guidance where one exists (rules.md), else the union's stated
 * bar; docs/governance.md lists them with their reasons. A bar that is a clause's parameter (the hourly
 * minimum, the courier's share, the days until freight is paid) is the agreement's own value. Points an
 * industry's data cannot decide are left unassessed (and not awarded).
 */
export const pointSpecs: Record<Industry, PointSpec[]> = {
  food_delivery: [
    {
      principle: 'pay',
      level: 1,
      metric: 'hourly_pay_p50',
      comparator: '>=',
      unit: 'cny_per_hour',
      evidence: 'governance',
      ...agreementBar('fd.min_hourly_pay', 'min_hourly'),
    },
    {
      principle: 'pay',
      level: 2,
      metric: 'below_min_hourly_share',
      comparator: '<=',
      threshold: 0.05,
      unit: 'share',
      evidence: 'governance',
      rule: 'fd.min_hourly_pay',
    },
    {
      principle: 'conditions',
      level: 1,
      metric: 'speed_floor_breach_rate',
      comparator: '<=',
      threshold: 0.01,
      unit: 'share',
      evidence: 'governance',
      rule: 'fd.eta_speed_floor',
    },
    {
      principle: 'conditions',
      level: 2,
      metric: 'rest_compliance',
      comparator: '>=',
      threshold: 0.99,
      unit: 'share',
      evidence: 'governance',
      rule: 'fd.continuous_work_rest',
    },
    {
      principle: 'contracts',
      level: 1,
      metric: 'fee_shown_share',
      comparator: '>=',
      threshold: 0.99,
      unit: 'share',
      evidence: 'governance',
      rule: 'fd.fee_shown_before_accept',
    },
    {
      principle: 'contracts',
      level: 2,
      metric: 'bad_review_deduction_rate',
      comparator: '=',
      threshold: 0,
      unit: 'share',
      evidence: 'governance',
      rule: 'fd.bad_review_no_deduction',
    },
    {
      principle: 'management',
      level: 2,
      metric: 'late_money_penalty_rate',
      comparator: '=',
      threshold: 0,
      unit: 'share',
      evidence: 'governance',
      rule: 'fd.no_late_money_penalty',
    },
    ...shared,
  ],
  ride_hailing: [
    {
      principle: 'pay',
      level: 1,
      metric: 'ride_hourly_pay_p50',
      comparator: '>=',
      unit: 'cny_per_hour',
      evidence: 'governance',
      ...agreementBar('rh.min_hourly_pay', 'min_hourly'),
    },
    {
      principle: 'pay',
      level: 2,
      metric: 'ride_below_min_hourly_share',
      comparator: '<=',
      threshold: 0.05,
      unit: 'share',
      evidence: 'governance',
      rule: 'rh.min_hourly_pay',
    },
    {
      principle: 'conditions',
      level: 1,
      metric: 'ride_rest_compliance',
      comparator: '>=',
      threshold: 0.99,
      unit: 'share',
      evidence: 'governance',
      rule: 'rh.fatigue_short',
    },
    {
      principle: 'contracts',
      level: 1,
      metric: 'bill_shown_share',
      comparator: '>=',
      threshold: 0.99,
      unit: 'share',
      evidence: 'governance',
      rule: 'rh.bill_transparency',
    },
    {
      principle: 'contracts',
      level: 2,
      metric: 'commission_above_cap_share',
      comparator: '<=',
      threshold: 0.01,
      unit: 'share',
      evidence: 'governance',
      rule: 'rh.commission_cap',
    },
    ...shared,
  ],
  express: [
    {
      principle: 'pay',
      level: 1,
      metric: 'courier_fee_share',
      comparator: '>=',
      unit: 'share',
      evidence: 'governance',
      ...agreementBar('ex.direct_fee_share', 'min_share'),
    },
    {
      principle: 'pay',
      level: 2,
      metric: 'direct_payment_share',
      comparator: '>=',
      threshold: 0.99,
      unit: 'share',
      evidence: 'governance',
      rule: 'ex.direct_payment',
    },
    ...shared,
  ],
  freight: [
    {
      principle: 'pay',
      level: 1,
      metric: 'freight_payment_delay_days',
      comparator: '<=',
      unit: 'days',
      evidence: 'governance',
      ...agreementBar('fr.freight_advance', 'days'),
    },
    ...shared,
  ],
};

/** Whether a measured value meets a point's threshold (a missing value meets nothing). */
export function meets(value: number | null, comparator: Comparator, threshold: number): boolean {
  if (value === null) return false;
  if (comparator === '>=') return value >= threshold;
  if (comparator === '<=') return value <= threshold;
  return Math.abs(value - threshold) < 1e-12;
}

export interface ScoredPoint extends PointSpec {
  id: string;
  value: number | null;
  assessed: boolean;
  awarded: boolean;
}

/**
 * Awards the points: a first point when its evidence meets the threshold; a second point only when the first
 * of the same principle was awarded too. A principle an industry has no bar for is listed unassessed.
 */
export function scorePoints(
  specs: readonly PointSpec[],
  values: ReadonlyMap<string, number | null>,
): ScoredPoint[] {
  const principles: FairworkPrinciple[] = ['pay', 'conditions', 'contracts', 'management', 'representation'];
  const scored: ScoredPoint[] = [];
  for (const principle of principles) {
    let first = false;
    for (const level of [1, 2] as const) {
      const spec = specs.find((s) => s.principle === principle && s.level === level);
      const id = `${principle}.${level}`;
      if (!spec) {
        scored.push({
          id,
          principle,
          level,
          metric: 'none',
          comparator: '>=',
          threshold: 0,
          unit: 'none',
          evidence: 'governance',
          value: null,
          assessed: false,
          awarded: false,
        });
        continue;
      }
      const value = values.get(spec.metric) ?? null;
      const met = meets(value, spec.comparator, spec.threshold);
      const awarded = level === 1 ? met : first && met;
      if (level === 1) first = met;
      scored.push({ ...spec, id, value, assessed: value !== null, awarded });
    }
  }
  return scored;
}
