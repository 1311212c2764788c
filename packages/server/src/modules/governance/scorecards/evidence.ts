import { governanceMetricKeys, type Industry, type ScorecardEvidenceTarget } from '@gigpact/contracts';
import type { ScoredPoint } from './points';
import type { ScoringPeriod } from './scoring-period';

/** What a card's points may link to, for the reader who sees the card. */
export interface EvidenceContext {
  platform: string;
  industry: Industry;
  /**
   * The days the card's figures cover and why (`scoring-period.ts`); null days when the platform has no data. Only
   * a card scored under its agreement (`agreement`) has the days that agreement's audit and evaluation read.
   */
  period: Pick<ScoringPeriod, 'from' | 'to' | 'basis'>;
  /** Whether those days are every day of the platform's stored data, all of which the inference view reads. */
  everyDay: boolean;
  /** The latest succeeded official audit run of an agreement covering the platform, with its clauses. */
  run: {
    id: string;
    agreementId: string;
    clauses: { clause_id: string; rule: string | null; status: string }[];
  } | null;
  /** An agreement in force covering the platform (its pages are public). */
  agreementId: string | null;
  /**
   * The kinds of the platform's datasets the reader finds in the data catalogue: the roster of workers, say, is
   * the union's, and a platform's representative does not find it there.
   */
  catalogueKinds: ReadonlySet<string>;
}

export interface EvidenceLinks {
  target: ScorecardEvidenceTarget;
  /** For signed-in readers; null when no page they can open shows the figure. */
  link: string | null;
  /** For the public: a public page, or null when the evidence is not public. */
  publicLink: string | null;
}

/** The figures the inference view of an industry shows: the hourly pay and the speeds, the commission. */
const inferenceShows: Partial<Record<Industry, ReadonlySet<string>>> = {
  food_delivery: new Set(['hourly_pay_p50', 'below_min_hourly_share', 'speed_floor_breach_rate']),
  ride_hailing: new Set(['commission_mean', 'commission_above_cap_share']),
};

const evaluated: ReadonlySet<string> = new Set(governanceMetricKeys);

const datasetOf: Record<Industry, string> = {
  food_delivery: 'delivery_orders',
  ride_hailing: 'ride_trips',
  express: 'parcel_deliveries',
  freight: 'freight_orders',
};

const query = (params: Record<string, string | null>) =>
  new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== null),
  ).toString();

const privately = (target: ScorecardEvidenceTarget, link: string | null): EvidenceLinks => ({
  target,
  link,
  publicLink: null,
});

/**
 * Where a point's evidence lives, for the reader of the card; every link leads to a page that reader can open and
 * that shows the point's figure or the rows behind it, else there is none. A point whose rule a clause of the run
 * checked, on a card scored under the run's agreement: the findings of that clause on the platform over the card's
 * days (`/audits/findings`, the latest run of the agreement, which is the card's). A figure the inference view shows,
 * when the card's days are all the platform's stored days (the view reads every day): that view of the platform.
 * Another figure of the agreement the card is scored under: its before/after evaluation, opened on the metric, whose
 * covered arm after the effective date is the card's days; a card scored before its agreement takes effect is of
 * other days. The management point: the run's per-clause results. The agreement point: the agreement (its public page
 * for the public). Union membership, a principle the industry has no bar for and the figures of express and freight:
 * the platform's datasets in the catalogue, when the reader finds them there. Only agreement pages are public.
 */
export function evidenceLinks(point: ScoredPoint, ctx: EvidenceContext): EvidenceLinks {
  const catalogue = (kind?: string) => {
    const found = kind ? ctx.catalogueKinds.has(kind) : ctx.catalogueKinds.size > 0;
    return found ? `/data/catalogue?${query({ kind: kind ?? null, platform: ctx.platform })}` : null;
  };
  if (point.metric === 'none') return privately('data', catalogue());
  if (point.evidence === 'agreement')
    return ctx.agreementId
      ? {
          target: 'agreement',
          link: `/agreements/${encodeURIComponent(ctx.agreementId)}`,
          publicLink: `/public/agreements/${encodeURIComponent(ctx.agreementId)}`,
        }
      : { target: 'agreement', link: '/agreements', publicLink: '/public/agreements' };
  if (point.evidence === 'audit_run')
    return privately(
      'audit_run',
      ctx.run ? `/audits/runs/${ctx.run.id}?${query({ tab: 'clauses' })}` : '/audits',
    );
  if (point.evidence === 'workers') return privately('data', catalogue('workers'));
  const clause = point.rule
    ? ctx.run?.clauses.find((c) => c.rule === point.rule && c.status === 'applicable')
    : undefined;
  // The run and the evaluation read the agreement's days: they show a card's figure only when it is of those days.
  const underAgreement = ctx.period.basis === 'agreement';
  if (ctx.run && clause && underAgreement)
    return privately(
      'findings',
      `/audits/findings?${query({
        agreementId: ctx.run.agreementId,
        clause: clause.clause_id,
        platform: ctx.platform,
        from: ctx.period.from,
        to: ctx.period.to,
      })}`,
    );
  if (inferenceShows[ctx.industry]?.has(point.metric) && ctx.everyDay)
    return privately(
      'inference',
      `/governance/inference?${query({ industry: ctx.industry, platform: ctx.platform })}`,
    );
  if (ctx.agreementId && underAgreement && evaluated.has(point.metric))
    return privately(
      'evaluation',
      `/governance/evaluation?${query({ agreement: ctx.agreementId, metric: point.metric })}`,
    );
  if (inferenceShows[ctx.industry]) return privately('findings', null);
  return privately('data', catalogue(datasetOf[ctx.industry]));
}
