import { describe, expect, it } from 'vitest';
import { evidenceLinks, type EvidenceContext } from './evidence';
import { pointSpecs, scorePoints } from './points';

const run = {
  id: '5b7a3c1e-0000-4000-8000-000000000001',
  agreementId: 'eleme-shanghai-2025',
  clauses: [
    { clause_id: 'c01', rule: 'fd.no_late_money_penalty', status: 'applicable' },
    { clause_id: 'c05', rule: 'fd.min_hourly_pay', status: 'applicable' },
    { clause_id: 'c08', rule: 'fd.eta_speed_floor', status: 'not_applicable' },
    { clause_id: 'c09', rule: null, status: 'text_only' },
  ],
};
const everyKind = new Set([
  'delivery_orders',
  'ride_trips',
  'parcel_deliveries',
  'freight_orders',
  'workers',
]);
const eleme: EvidenceContext = {
  platform: 'eleme',
  industry: 'food_delivery',
  period: { from: '2025-05-01', to: '2025-05-18', basis: 'agreement' },
  everyDay: true,
  run,
  agreementId: 'eleme-shanghai-2025',
  catalogueKinds: everyKind,
};
const findingsOf = (clause: string) =>
  `/audits/findings?agreementId=eleme-shanghai-2025&clause=${clause}&platform=eleme&from=2025-05-01&to=2025-05-18`;

const linksOf = (specs: (typeof pointSpecs)['food_delivery'], ctx: EvidenceContext) =>
  Object.fromEntries(scorePoints(specs, new Map()).map((p) => [p.id, evidenceLinks(p, ctx)]));

describe('scorecard evidence links', () => {
  it('links a point whose rule a clause of the run checked to the clause’s findings on the platform over the card’s days', () => {
    const links = linksOf(pointSpecs.food_delivery, eleme);
    expect(links['pay.1']).toEqual({ target: 'findings', link: findingsOf('c05'), publicLink: null });
    expect(links['pay.2']!.link).toBe(findingsOf('c05'));
    expect(links['management.2']!.link).toBe(findingsOf('c01'));
    // A card without days of data leaves the days out.
    const undated = linksOf(pointSpecs.food_delivery, {
      ...eleme,
      period: { from: null, to: null, basis: 'agreement' },
    });
    expect(undated['pay.1']!.link).toBe(
      '/audits/findings?agreementId=eleme-shanghai-2025&clause=c05&platform=eleme',
    );
  });

  it('sends a figure the run did not check to the inference view when it shows it, else to the evaluation', () => {
    const links = linksOf(pointSpecs.food_delivery, eleme);
    // The speed-floor clause was not applicable to the data, so its findings are no evidence.
    expect(links['conditions.1']).toEqual({
      target: 'inference',
      link: '/governance/inference?industry=food_delivery&platform=eleme',
      publicLink: null,
    });
    const unaudited = linksOf(pointSpecs.food_delivery, { ...eleme, run: null });
    expect(unaudited['pay.1']!.target).toBe('inference');
    // Rest, fees shown, deductions and fines are not the inference view's: the agreement's evaluation shows them.
    for (const [id, metric] of [
      ['conditions.2', 'rest_compliance'],
      ['contracts.1', 'fee_shown_share'],
      ['contracts.2', 'bad_review_deduction_rate'],
      ['management.2', 'late_money_penalty_rate'],
    ] as const)
      expect(unaudited[id]).toEqual({
        target: 'evaluation',
        link: `/governance/evaluation?agreement=eleme-shanghai-2025&metric=${metric}`,
        publicLink: null,
      });
    // Without an agreement no page shows those figures: no link.
    const uncovered = linksOf(pointSpecs.food_delivery, { ...eleme, run: null, agreementId: null });
    expect(uncovered['conditions.2']!.link).toBeNull();
    expect(uncovered['pay.1']!.target).toBe('inference');
  });

  it('links the ride-hailing figures to the clause’s findings or the evaluation, the commission to the inference view', () => {
    const didi: EvidenceContext = {
      ...eleme,
      platform: 'didi',
      industry: 'ride_hailing',
      run: null,
      agreementId: 'ride-hailing-shanghai-2025',
    };
    const links = linksOf(pointSpecs.ride_hailing, didi);
    for (const [id, metric] of [
      ['pay.1', 'ride_hourly_pay_p50'],
      ['pay.2', 'ride_below_min_hourly_share'],
      ['conditions.1', 'ride_rest_compliance'],
      ['contracts.1', 'bill_shown_share'],
    ] as const)
      expect(links[id]!.link).toBe(
        `/governance/evaluation?agreement=ride-hailing-shanghai-2025&metric=${metric}`,
      );
    expect(links['contracts.2']!.link).toBe('/governance/inference?industry=ride_hailing&platform=didi');
    const audited = linksOf(pointSpecs.ride_hailing, {
      ...didi,
      run: {
        id: run.id,
        agreementId: 'ride-hailing-shanghai-2025',
        clauses: [{ clause_id: 'c03', rule: 'rh.fatigue_short', status: 'applicable' }],
      },
    });
    expect(audited['conditions.1']!.link).toBe(
      '/audits/findings?agreementId=ride-hailing-shanghai-2025&clause=c03&platform=didi&from=2025-05-01&to=2025-05-18',
    );
  });

  it('links only to pages of the card’s own days', () => {
    // Scored under its agreement on days after data began: the inference view, which reads every day, does not
    // show the card's figure; the evaluation's covered arm after the effective date does.
    const later = linksOf(pointSpecs.food_delivery, { ...eleme, everyDay: false });
    expect(later['conditions.1']).toEqual({
      target: 'evaluation',
      link: '/governance/evaluation?agreement=eleme-shanghai-2025&metric=speed_floor_breach_rate',
      publicLink: null,
    });
    expect(later['pay.1']!.link).toBe(findingsOf('c05'));
    // Scored on the four weeks before its agreement takes effect: neither the run's findings nor the evaluation
    // are of those days, nor is the inference view when the data holds more.
    const before: EvidenceContext = {
      ...eleme,
      period: { from: '2025-04-21', to: '2025-05-18', basis: 'before_agreement' },
      everyDay: false,
    };
    const links = linksOf(pointSpecs.food_delivery, before);
    for (const id of ['pay.1', 'conditions.1', 'conditions.2', 'management.2'])
      expect(links[id]).toEqual({ target: 'findings', link: null, publicLink: null });
    expect(links['representation.1']!.link).toBe('/agreements/eleme-shanghai-2025');
    const everyDay = linksOf(pointSpecs.food_delivery, { ...before, everyDay: true });
    expect(everyDay['pay.1']!.link).toBe('/governance/inference?industry=food_delivery&platform=eleme');
    expect(everyDay['conditions.2']!.link).toBeNull();
    // Express figures under an agreement not yet in force: the platform's datasets.
    const jt = linksOf(pointSpecs.express, {
      ...before,
      platform: 'jt',
      industry: 'express',
      run: null,
      agreementId: 'jt-express-2025',
    });
    expect(jt['pay.1']!.link).toBe('/data/catalogue?kind=parcel_deliveries&platform=jt');
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

  it('links the audit point to the run’s clauses and union membership to the workers roster for who finds it', () => {
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
    // A reader the catalogue does not show the roster (a platform's representative) gets no link that opens empty.
    const rep = linksOf(pointSpecs.food_delivery, { ...eleme, catalogueKinds: new Set(['delivery_orders']) });
    expect(rep['representation.2']).toEqual({ target: 'data', link: null, publicLink: null });
  });

  it('gives every point a link, a principle without a bar the platform’s datasets', () => {
    const jt: EvidenceContext = {
      ...eleme,
      platform: 'jt',
      industry: 'express',
      run: null,
      agreementId: null,
    };
    const links = linksOf(pointSpecs.express, jt);
    expect(Object.values(links).every((l) => l.link?.startsWith('/'))).toBe(true);
    expect(links['conditions.1']).toEqual({
      target: 'data',
      link: '/data/catalogue?platform=jt',
      publicLink: null,
    });
    // The inference view covers delivery and rides only: express figures come from its datasets.
    expect(links['pay.1']!.link).toBe('/data/catalogue?kind=parcel_deliveries&platform=jt');
    expect(links['management.1']!.link).toBe('/audits');
    // Under an agreement, its evaluation shows the express figures.
    const covered = linksOf(pointSpecs.express, { ...jt, agreementId: 'jt-express-2025' });
    expect(covered['pay.1']!.link).toBe(
      '/governance/evaluation?agreement=jt-express-2025&metric=courier_fee_share',
    );
    // A reader who finds none of the platform's datasets in the catalogue gets no link to it.
    const none = linksOf(pointSpecs.express, { ...jt, catalogueKinds: new Set() });
    expect(none['conditions.1']!.link).toBeNull();
    expect(none['pay.1']!.link).toBeNull();
  });

  it('offers the public nothing but public pages', () => {
    for (const industry of ['food_delivery', 'ride_hailing', 'express', 'freight'] as const)
      for (const l of Object.values(linksOf(pointSpecs[industry], { ...eleme, industry })))
        if (l.publicLink !== null) expect(l.publicLink).toMatch(/^\/public\//);
  });
});
