import { describe, expect, it } from 'vitest';
import { coverageOf } from '../compile/coverage';
import {
  checkSecondaryAgreement,
  SecondaryAgreementRefused,
  secondaryAgreementErrors,
  secondaryInForce,
} from './in-force';
import { loadAgreement, readAgreement } from './load';
import type { Agreement } from './types';
import { errorOf } from '../testing/error-of';
import { expressBrandText, shipped } from '../testing/express-brand';

const brand = loadAgreement(expressBrandText, 'exb-2025.yaml');

/** A secondary agreement's YAML under exb-2025, with the given lines after `parent:` (top-level fields). */
const secondaryText = (
  fields: string[],
  clauses = ['  - { id: share, title: t, text: t, rule: ex.direct_fee_share, params: { min_share: 0.4 } }'],
) =>
  [
    'id: exb-qp',
    'title: 二次协商',
    'industry: express',
    'parent: exb-2025',
    ...fields,
    'clauses:',
    ...clauses,
  ].join('\n');
const secondary = (fields: string[], clauses?: string[]) =>
  loadAgreement(secondaryText(fields, clauses), 'exb-qp.yaml');
const errorsOf = (a: Agreement) => secondaryAgreementErrors(a, brand).map((e) => [e.location.path, e.en]);

describe('a secondary agreement in force under its brand agreement', () => {
  it('inherits the brand’s platforms, scope and end when it leaves them out', () => {
    const own = secondary(['effective_from: 2025-09-01', 'scope: { franchisees: [fq1] }']);
    const inForce = secondaryInForce(own, brand);
    expect([inForce.platform, inForce.scope, inForce.effective_from, inForce.effective_to]).toEqual([
      ['sto'],
      { districts: ['青浦区', 'Songjiang'], franchisees: ['fq1'] },
      '2025-09-01',
      '2025-10-31',
    ]);
    // So its clauses, the brand's included, check only the brand's parcels.
    expect(coverageOf(inForce, 'parcel_deliveries').map((c) => [c.column, c.named])).toEqual([
      ['company', ['sto']],
      ['district', ['青浦区', 'Songjiang']],
      ['franchisee_id', ['fq1']],
    ]);
    expect(inForce.clauses.map((c) => c.id)).toEqual(['share', 'direct']);
  });

  it('binds within its own narrower coverage, as the shipped Qingpu franchisee agreement does', () => {
    const inForce = secondaryInForce(
      shipped('jt-franchisee-qingpu-2025.yaml'),
      shipped('jt-express-2025.yaml'),
    );
    expect([inForce.platform, inForce.scope, inForce.effective_to]).toEqual([
      'jt',
      { districts: ['青浦区'] },
      undefined,
    ]);
    const narrower = secondary([
      'platform: sto',
      'effective_from: 2025-09-01',
      'effective_to: 2025-09-30',
      'scope: { districts: [Qingpu] }',
    ]);
    expect(errorsOf(narrower)).toEqual([]);
    const within = secondaryInForce(narrower, brand);
    expect([within.platform, within.scope, within.effective_to]).toEqual([
      'sto',
      { districts: ['Qingpu'] },
      '2025-09-30',
    ]);
  });

  it('is refused when it names another platform, widens the scope or reaches outside the brand’s dates', () => {
    expect(errorsOf(secondary(['platform: yto', 'effective_from: 2025-09-01']))).toEqual([
      [
        ['platform'],
        expect.stringMatching(/^platform yto is not a platform of the brand agreement exb-2025 \(sto\)/),
      ],
    ]);
    expect(errorsOf(secondary(['platform: [sto, yto]', 'effective_from: 2025-09-01']))).toEqual([
      [['platform', 1], expect.stringContaining('platform yto')],
    ]);
    expect(
      errorsOf(secondary(['effective_from: 2025-09-01', 'scope: { districts: [青浦, 浦东新区] }'])),
    ).toEqual([
      [
        ['scope', 'districts', 1],
        "district 浦东新区 is outside the brand agreement exb-2025's scope (青浦区, Songjiang): a secondary agreement binds within its brand's coverage",
      ],
    ]);
    expect(errorsOf(secondary(['effective_from: 2025-07-01', 'effective_to: 2025-12-31']))).toEqual([
      [
        ['effective_from'],
        expect.stringContaining(
          "effective_from 2025-07-01 is before the brand agreement exb-2025's (2025-08-01)",
        ),
      ],
      [
        ['effective_to'],
        expect.stringContaining(
          "effective_to 2025-12-31 is after the brand agreement exb-2025's (2025-10-31)",
        ),
      ],
    ]);
    expect(errorsOf(secondary(['effective_from: 2025-11-01']))).toEqual([
      [
        ['effective_from'],
        expect.stringContaining("is after the brand agreement exb-2025's effective_to (2025-10-31)"),
      ],
    ]);
    expect(errorsOf({ ...secondary(['effective_from: 2025-09-01']), industry: 'freight' })).toEqual([
      [['industry'], "industry freight is not the brand agreement exb-2025's (express)"],
    ]);
  });

  it('is refused, every problem at its file, line, column, clause and parameter', () => {
    const text = secondaryText(
      ['platform: yto', 'effective_from: 2025-09-01'],
      [
        '  - id: share',
        '    title: t',
        '    text: t',
        '    rule: ex.direct_fee_share',
        '    params: { min_share: 0.2 }',
        '  - { id: direct, title: t, text: t }',
      ],
    );
    const { agreement, locate } = readAgreement(text, 'exb-qp.yaml');
    const refused = errorOf(() =>
      checkSecondaryAgreement(agreement, brand, locate),
    ) as SecondaryAgreementRefused;
    expect(refused).toBeInstanceOf(SecondaryAgreementRefused);
    expect(refused.errors.map((e) => e.message.split(': ')[0])).toEqual([
      'exb-qp.yaml:5:11 · platform',
      'exb-qp.yaml:12:26 · clauses.0.params.min_share · clause share',
      'exb-qp.yaml:13:11 · clauses.1.id · clause direct',
    ]);
    expect(refused.message).toContain('clause share sets min_share to 0.2, weaker than the standard');
    expect(refused.message).toContain('条款 direct 与上级协议 exb-2025 的条款同编号');
    expect(() => secondaryInForce(agreement, brand)).toThrow(SecondaryAgreementRefused);
  });
});
