import { describe, expect, it } from 'vitest';
import { evidenceLinks, type EvidenceContext } from './evidence';
import { pointSpecs, scorePoints } from './points';

const run = {
  id: '5b7a3c1e-0000-4000-8000-000000000001',
  clauses: [
    { clause_id: 'c01', rule: 'fd.no_late_money_penalty', status: 'applicable' },
    { clause_id: 'c05', rule: 'fd.min_hourly_pay', status: 'applicable' },
    { clause_id: 'c08', rule: 'fd.eta_speed_floor', status: 'not_applicable' },
    { clause_id: 'c09', rule: null, status: 'text_only' },
  ],
};
const eleme: EvidenceContext = {
  platform: 'eleme',
  industry: 'food_delivery',
  run,
  agreementId: 'eleme-shanghai-2025',
};

const linksOf = (specs: (typeof pointSpecs)['food_delivery'], ctx: EvidenceContext) =>
  Object.fromEntries(scorePoints(specs, new Map()).map((p) => [p.id, evidenceLinks(p, ctx)]));

describe('scorecard evidence links', () => {
  it('links a point whose rule a clause of the run checked to that run’s findings of the clause', () => {
    const links = linksOf(pointSpecs.food_delivery, eleme);
    expect(links['pay.1']).toEqual({
      target: 'findings',
      link: `/audits/runs/${run.id}?tab=findings&clause=c05`,
      publicLink: null,
    });
    expect(links['pay.2']!.link).toBe(`/audits/runs/${run.id}?tab=findings&clause=c05`);
    expect(links['management.2']!.link).toBe(`/audits/runs/${run.id}?tab=findings&clause=c01`);
  });

  it('sends points the run did not check to the inference view of the platform', () => {
    const links = linksOf(pointSpecs.food_delivery, eleme);
    // The speed-floor clause was not applicable to the data, so its findings are no evidence.
    expect(links['conditions.1']).toEqual({
      target: 'inference',
      link: '/governance/inference?industry=food_delivery&platform=eleme',
      publicLink: null,
    });
    expect(linksOf(pointSpecs.food_delivery, { ...eleme, run: null })['pay.1']!.target).toBe('inference');
  });

  it('links the agreement point to the agreement, publicly to its public page', () => {
    const links = linksOf(pointSpecs.food_delivery, eleme);
    expect(links['representation.1']).toEqual({
      target: 'agreement',
      link: '/agreements/eleme-shanghai-2025',
      publicLink: '/public/agreements/eleme-shanghai-2025',
    });
    const none = linksOf(pointSpecs.food_delivery, { ...eleme, agreementId: null });
    expect(none['representation.1']).toMatchObject({ link: '/agreements', publicLink: '/public/agreements' });
  });

  it('links the audit point to the run’s clauses and union membership to the workers roster', () => {
    const links = linksOf(pointSpecs.food_delivery, eleme);
    expect(links['management.1']).toEqual({
      target: 'audit_run',
      link: `/audits/runs/${run.id}?tab=clauses`,
      publicLink: null,
    });
    expect(links['representation.2']).toEqual({
      target: 'data',
      link: '/data/catalogue?kind=workers&platform=eleme',
      publicLink: null,
    });
  });

  it('gives every point a link, a principle without a bar the platform’s datasets', () => {
    const jt: EvidenceContext = { platform: 'jt', industry: 'express', run: null, agreementId: null };
    const links = linksOf(pointSpecs.express, jt);
    expect(Object.values(links).every((l) => l.link.startsWith('/'))).toBe(true);
    expect(links['conditions.1']).toEqual({
      target: 'data',
      link: '/data/catalogue?platform=jt',
      publicLink: null,
    });
    // The inference view covers delivery and rides only: express figures come from its datasets.
    expect(links['pay.1']!.link).toBe('/data/catalogue?kind=parcel_deliveries&platform=jt');
    expect(links['management.1']!.link).toBe('/audits');
  });

  it('offers the public nothing but public pages', () => {
    for (const industry of ['food_delivery', 'ride_hailing', 'express', 'freight'] as const)
      for (const l of Object.values(linksOf(pointSpecs[industry], { ...eleme, industry })))
        if (l.publicLink !== null) expect(l.publicLink).toMatch(/^\/public\//);
  });
});
