import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors';
import { libraryRules } from '../library/index';
import { loadAgreement } from './load';
import { fixedParameters, protectiveDirection } from './protective';
import { describeLoweredStandard, loweredStandards } from './standard';
import { errorOf } from '../testing/error-of';
import { expressBrandText, shipped } from '../testing/express-brand';
import type { Agreement, Clause } from './types';

const brand = shipped('jt-express-2025.yaml');
const franchisee = shipped('jt-franchisee-qingpu-2025.yaml');
const withParams = (a: Agreement, id: string, params: Clause['params']): Agreement => ({
  ...a,
  clauses: a.clauses.map((c) => (c.id === id ? { ...c, params } : c)),
});

// The testers' brand agreement: a share that rises mid-way, three grace days, a custom check with dated values.
const exb = loadAgreement(
  `${expressBrandText}  - id: arrears
    title: 欠薪
    text: 3天内足额发放。
    rule: ex.wage_arrears
    params: { grace_days: 3 }
  - id: floor
    title: 单件派费底线
    text: 不低于0.40元，9月16日起0.45元。
    check:
      dataset: parcel_deliveries
      shape: row
      params: { floor: { type: decimal, default: 0.5, zh: 单件底线, en: per-piece floor } }
      violation: courier_fee < floor
    params: { floor: [{ from: 2025-08-01, value: 0.4 }, { from: 2025-09-16, value: 0.45 }] }
  - id: note
    title: 说明
    text: 仅文本条款。
`,
  'exb-2025.yaml',
);
const floorCheck = exb.clauses.find((c) => c.id === 'floor')!.check;

/** A secondary agreement under exb-2025 from 2025-09-01 with these clauses. */
const secondary = (clauses: Clause[], dates: Partial<Agreement> = {}): Agreement => ({
  id: 'exb-qp',
  title: '二次协商',
  industry: 'express',
  parent: 'exb-2025',
  effective_from: '2025-09-01',
  ...dates,
  clauses,
});
const share = (params: Clause['params']): Clause => ({
  id: 'share',
  title: 't',
  text: 't',
  rule: 'ex.direct_fee_share',
  ...(params ? { params } : {}),
});
const arrears = (params: Clause['params']): Clause => ({
  id: 'arrears',
  title: 't',
  text: 't',
  rule: 'ex.wage_arrears',
  params,
});

describe('a secondary agreement against its brand agreement', () => {
  it('may raise the standard, as the shipped Qingpu franchisee agreement does', () => {
    expect(loweredStandards(franchisee, brand)).toEqual([]);
    expect(loweredStandards(secondary([share({ min_share: 0.4 }), arrears({ grace_days: 1 })]), exb)).toEqual(
      [],
    );
  });

  it('may not lower it: a smaller share, more grace days, each at the value that the rule reads', () => {
    const lowered = withParams(withParams(franchisee, 'fee-share', { min_share: 0.15 }), 'arrears', {
      grace_days: 3,
    });
    expect(loweredStandards(lowered, brand)).toEqual([
      {
        kind: 'value',
        clauseId: 'fee-share',
        param: 'min_share',
        value: 0.15,
        brandValue: 0.25,
        protective: 'higher',
        path: ['clauses', 0, 'params', 'min_share'],
      },
      {
        kind: 'value',
        clauseId: 'arrears',
        param: 'grace_days',
        value: 3,
        brandValue: 0,
        protective: 'lower',
        path: ['clauses', 1, 'params', 'grace_days'],
      },
    ]);
  });

  it('compares a plain value with the brand’s dated values on every day both are in force', () => {
    // 0.2 is below 0.30 from the secondary's first day.
    expect(loweredStandards(secondary([share({ min_share: 0.2 })]), exb)).toEqual([
      expect.objectContaining({ value: 0.2, brandValue: 0.3, day: '2025-09-01' }),
    ]);
    // 0.32 is above 0.30 but below the 0.35 the brand sets from 16 September.
    expect(loweredStandards(secondary([share({ min_share: 0.32 })]), exb)).toEqual([
      expect.objectContaining({ value: 0.32, brandValue: 0.35, day: '2025-09-16' }),
    ]);
    // Not when the secondary agreement ends before the brand's rise.
    expect(
      loweredStandards(secondary([share({ min_share: 0.32 })], { effective_to: '2025-09-15' }), exb),
    ).toEqual([]);
  });

  it('compares dated values day by day, pointing at the entry in force', () => {
    const low = secondary([share({ min_share: [{ from: '2025-09-01', value: 0.1 }] })]);
    expect(loweredStandards(low, exb)).toEqual([
      expect.objectContaining({
        value: 0.1,
        brandValue: 0.3,
        day: '2025-09-01',
        path: ['clauses', 0, 'params', 'min_share', 0, 'value'],
      }),
    ]);
    const late = secondary([
      share({
        min_share: [
          { from: '2025-09-16', value: 0.34 },
          { from: '2025-09-01', value: 0.4 },
        ],
      }),
    ]);
    expect(loweredStandards(late, exb)).toEqual([
      expect.objectContaining({
        value: 0.34,
        brandValue: 0.35,
        day: '2025-09-16',
        path: ['clauses', 0, 'params', 'min_share', 0, 'value'],
      }),
    ]);
    const grace = secondary([arrears({ grace_days: [{ from: '2025-09-01', value: 10 }] })]);
    expect(loweredStandards(grace, exb)).toEqual([
      expect.objectContaining({ param: 'grace_days', value: 10, brandValue: 3, protective: 'lower' }),
    ]);
    const same = secondary([
      share({
        min_share: [
          { from: '2025-09-01', value: 0.3 },
          { from: '2025-09-16', value: 0.35 },
        ],
      }),
    ]);
    expect(loweredStandards(same, exb)).toEqual([]);
  });

  it('reads quoted numbers as the normal check reads them, and compares those values', () => {
    const quoted = secondary([share({ min_share: '0.1' }), arrears({ grace_days: '9' })]);
    expect(loweredStandards(quoted, exb).map((l) => l.kind === 'value' && [l.param, l.value])).toEqual([
      ['min_share', '0.1'],
      ['grace_days', 9],
    ]);
  });

  it('counts a parameter left out as the rule’s default', () => {
    expect(loweredStandards(secondary([share(undefined)]), exb)).toEqual([
      expect.objectContaining({ value: 0.25, brandValue: 0.3, path: ['clauses', 0, 'params', 'min_share'] }),
    ]);
  });

  it('keeps the brand clause’s rule under its id: not text only, another rule or a custom check', () => {
    const text = { id: 'share', title: 't', text: 't' };
    expect(loweredStandards(secondary([text]), exb)).toEqual([
      {
        kind: 'rule',
        clauseId: 'share',
        brand: { rule: 'ex.direct_fee_share' },
        own: 'text',
        path: ['clauses', 0, 'id'],
      },
    ]);
    expect(loweredStandards(secondary([{ ...text, rule: 'ex.direct_payment' }]), exb)).toEqual([
      expect.objectContaining({ own: { rule: 'ex.direct_payment' }, path: ['clauses', 0, 'rule'] }),
    ]);
    const custom = {
      ...text,
      check: { dataset: 'parcel_deliveries', shape: 'row', violation: 'courier_fee < 0.01 * hq_fee' },
    } as Clause;
    expect(loweredStandards(secondary([custom]), exb)).toEqual([
      expect.objectContaining({ own: 'custom', path: ['clauses', 0, 'check'] }),
    ]);
    const weakerFloor = {
      ...custom,
      id: 'floor',
      check: { ...floorCheck!, violation: 'courier_fee < floor / 2' },
    };
    expect(loweredStandards(secondary([weakerFloor]), exb)).toEqual([
      expect.objectContaining({ clauseId: 'floor', brand: 'custom', own: 'custom' }),
    ]);
  });

  it('lets a custom check of the brand be repeated only with its values, having no protective direction', () => {
    const floor = (params: Clause['params']): Clause => ({
      id: 'floor',
      title: 't',
      text: 't',
      check: floorCheck!,
      params,
    });
    const brandFloor = exb.clauses.find((c) => c.id === 'floor')!.params;
    expect(loweredStandards(secondary([floor(brandFloor)]), exb)).toEqual([]);
    // Even a higher floor: a custom check's parameter may only be repeated.
    expect(loweredStandards(secondary([floor({ floor: 0.5 })]), exb)).toEqual([
      expect.objectContaining({ param: 'floor', value: 0.5, brandValue: 0.4, day: '2025-09-01' }),
    ]);
    expect(loweredStandards(secondary([floor({ floor: 0.5 })]), exb)[0]).not.toHaveProperty('protective');
  });

  it('lets a secondary agreement add clauses of new ids, and give a text-only brand clause a rule', () => {
    const own: Clause = {
      id: 'floor-qp',
      title: 't',
      text: 't',
      check: { dataset: 'parcel_deliveries', shape: 'row', violation: 'courier_fee < 0.01' },
    };
    const note: Clause = { id: 'note', title: 't', text: 't', rule: 'ex.direct_payment' };
    expect(loweredStandards(secondary([own, note]), exb)).toEqual([]);
  });

  it('compares booleans and lists in their protective direction, and fixed parameters for equality', () => {
    const hourly = (params: Clause['params']): Agreement => ({
      ...secondary([{ id: 'pay', title: 't', text: 't', rule: 'fd.min_hourly_pay', params }]),
      industry: 'food_delivery',
    });
    const subsidies = hourly({ include_subsidies: true });
    expect(loweredStandards(hourly({ include_subsidies: false }), subsidies)).toEqual([]);
    expect(loweredStandards(subsidies, hourly({ include_subsidies: false }))).toEqual([
      expect.objectContaining({ param: 'include_subsidies', value: true, brandValue: false }),
    ]);
    const late = (exempt_reasons: string[]): Agreement => ({
      ...secondary([
        { id: 'late', title: 't', text: 't', rule: 'fd.late_penalty_exemption', params: { exempt_reasons } },
      ]),
      industry: 'food_delivery',
    });
    expect(loweredStandards(late(['weather', 'merchant', 'access']), late(['merchant', 'weather']))).toEqual(
      [],
    );
    expect(loweredStandards(late(['weather']), late(['merchant', 'weather']))).toEqual([
      expect.objectContaining({ param: 'exempt_reasons', protective: 'superset' }),
    ]);
    const cap = (coupon: boolean): Agreement => ({
      ...secondary([
        {
          id: 'cap',
          title: 't',
          text: 't',
          rule: 'rh.commission_cap',
          params: { cap: 0.2, coupon_counts_as_paid: coupon },
        },
      ]),
      industry: 'ride_hailing',
    });
    expect(loweredStandards(cap(true), cap(true))).toEqual([]);
    expect(loweredStandards(cap(true), cap(false))).toEqual([
      expect.objectContaining({ param: 'coupon_counts_as_paid', value: true, brandValue: false }),
    ]);
  });

  it('says what is lowered, naming the clause, the parameter, both values and the day', () => {
    const [dated] = loweredStandards(secondary([share({ min_share: 0.32 })]), exb);
    expect(describeLoweredStandard(dated!, 'exb-2025')).toEqual({
      zh: expect.stringContaining(
        '条款 share 的 min_share 为 0.32，弱于上级协议 exb-2025 在 2025-09-16 的标准 0.35',
      ),
      en: expect.stringContaining(
        'clause share sets min_share to 0.32, weaker than the standard of the brand agreement exb-2025 (0.35 on 2025-09-16): a higher value protects workers more',
      ),
    });
    const [text] = loweredStandards(secondary([{ id: 'share', title: 't', text: 't' }]), exb);
    expect(describeLoweredStandard(text!, 'exb-2025').en).toContain(
      'clause share has the id of a clause of the brand agreement exb-2025 but replaces its rule ex.direct_fee_share by text only',
    );
  });

  it('refuses a value of the wrong type as the normal check does, at its place', () => {
    const error = errorOf(() => loweredStandards(secondary([share({ min_share: 'much' })]), exb));
    expect(error).toBeInstanceOf(RuleError);
    expect(error.location).toMatchObject({
      path: ['clauses', 0, 'params', 'min_share'],
      clause: 'share',
    });
  });
});

describe('the protective direction of the library’s parameters', () => {
  const params = libraryRules.flatMap((r) =>
    Object.entries(r.params).map(([name, spec]) => ({ rule: r, name, spec })),
  );

  it('is given for every parameter, or the parameter is named as fixed, and names only real parameters', () => {
    for (const { rule, name } of params) {
      const directed = protectiveDirection[rule.id]?.[name] !== undefined;
      const fixed = fixedParameters[rule.id]?.includes(name) ?? false;
      expect([rule.id, name, directed !== fixed]).toEqual([rule.id, name, true]);
    }
    const named = [
      ...Object.entries(protectiveDirection).flatMap(([id, ps]) => Object.keys(ps).map((p) => `${id}.${p}`)),
      ...Object.entries(fixedParameters).flatMap(([id, ps]) => ps.map((p) => `${id}.${p}`)),
    ];
    expect(named.sort()).toEqual(params.map(({ rule, name }) => `${rule.id}.${name}`).sort());
  });

  it('refuses one way and allows the other for every numeric parameter', () => {
    for (const { rule, name, spec } of params.filter(
      ({ spec }) => spec.type === 'int' || spec.type === 'decimal',
    )) {
      const base = typeof spec.default === 'number' ? spec.default : 0.2;
      const step = spec.type === 'int' ? 1 : 0.01;
      // Parameters without a default (disclosed_average) set alike on both sides.
      const required = Object.fromEntries(
        Object.entries(rule.params)
          .filter(([, p]) => p.default === undefined)
          .map(([n]) => [n, 0.2]),
      );
      const clause = (value: number): Agreement => ({
        ...secondary([
          { id: 'c', title: 't', text: 't', rule: rule.id, params: { ...required, [name]: value } },
        ]),
        industry: rule.industry ?? 'express',
      });
      // One step up, or down where up leaves the parameter's range.
      let other = base + step;
      try {
        loweredStandards(clause(other), clause(base));
      } catch {
        other = base - step;
      }
      const up = loweredStandards(clause(other), clause(base));
      const down = loweredStandards(clause(base), clause(other));
      expect([rule.id, name, up.length + down.length]).toEqual([rule.id, name, 1]);
    }
  });
});
