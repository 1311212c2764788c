import type { Industry, ScorecardEvidenceTarget } from '@gigpact/contracts';
import type { ScoredPoint } from './points';

/** What a card's points may link to: the latest audit run covering the platform and its agreement in force. */
export interface EvidenceContext {
  platform: string;
  industry: Industry;
  /** The latest succeeded audit run of an agreement covering the platform, with its clauses. */
  run: {
    id: string;
    clauses: { clause_id: string; rule: string | null; status: string }[];
  } | null;
  /** An agreement in force covering the platform (its pages are public). */
  agreementId: string | null;
}

export interface EvidenceLinks {
  target: ScorecardEvidenceTarget;
  /** For signed-in readers. */
  link: string;
  /** For the public: a public page, or null when the evidence is not public. */
  publicLink: string | null;
}

/** The inference view covers these industries; the others' figures are read from the data catalogue. */
const inferred: ReadonlySet<Industry> = new Set<Industry>(['food_delivery', 'ride_hailing']);

const datasetOf: Record<Industry, string> = {
  food_delivery: 'delivery_orders',
  ride_hailing: 'ride_trips',
  express: 'parcel_deliveries',
  freight: 'freight_orders',
};

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * Where a point's evidence lives. A point whose rule a clause of the run checked: that run's findings of the
 * clause (`?tab=findings&clause=`). The management point: the run's per-clause results. The agreement point:
 * the agreement (its public page for the public). Other measured points, also those the period's data leaves
 * unassessed: the inference view of the platform (the data catalogue for industries it does not cover), where the
 * data there is shows. Union membership and a principle the industry has no bar for: the platform's datasets in
 * the catalogue. Only agreement pages are public.
 */
export function evidenceLinks(point: ScoredPoint, ctx: EvidenceContext): EvidenceLinks {
  const catalogue = (kind?: string) =>
    `/data/catalogue?${query(kind ? { kind, platform: ctx.platform } : { platform: ctx.platform })}`;
  if (point.metric === 'none') return { target: 'data', link: catalogue(), publicLink: null };
  if (point.evidence === 'agreement')
    return ctx.agreementId
      ? {
          target: 'agreement',
          link: `/agreements/${encodeURIComponent(ctx.agreementId)}`,
          publicLink: `/public/agreements/${encodeURIComponent(ctx.agreementId)}`,
        }
      : { target: 'agreement', link: '/agreements', publicLink: '/public/agreements' };
  if (point.evidence === 'audit_run')
    return {
      target: 'audit_run',
      link: ctx.run ? `/audits/runs/${ctx.run.id}?${query({ tab: 'clauses' })}` : '/audits',
      publicLink: null,
    };
  if (point.evidence === 'workers') return { target: 'data', link: catalogue('workers'), publicLink: null };
  const clause = point.rule
    ? ctx.run?.clauses.find((c) => c.rule === point.rule && c.status === 'applicable')
    : undefined;
  if (ctx.run && clause)
    return {
      target: 'findings',
      link: `/audits/runs/${ctx.run.id}?${query({ tab: 'findings', clause: clause.clause_id })}`,
      publicLink: null,
    };
  if (inferred.has(ctx.industry))
    return {
      target: 'inference',
      link: `/governance/inference?${query({ industry: ctx.industry, platform: ctx.platform })}`,
      publicLink: null,
    };
  return { target: 'data', link: catalogue(datasetOf[ctx.industry]), publicLink: null };
}
