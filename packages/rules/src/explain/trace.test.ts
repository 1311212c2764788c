import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../agreement/load';
import { planAgreement } from '../compile/compile-agreement';
import { evaluateRow } from '../evaluate/evaluate-row';
import { explainFinding } from './trace';

const agreement = loadAgreement(`
id: t
title: 测试协议
industry: food_delivery
effective_from: 2025-05-01
clauses:
  - id: c06
    title: 预估时间
    text: 按每小时15公里计算
    rule: fd.eta_speed_floor
    param_sources: { max_speed_kmh: [S8] }
`);
const plan = planAgreement(agreement).flatMap((c) => (c.status === 'applicable' ? [c.plan] : []))[0]!;
const order = {
  order_id: 'o1',
  platform: 'eleme',
  rider_id: 'r1',
  created_at: '2025-07-02 10:00',
  accepted_at: '2025-07-02 10:00',
  promised_at: '2025-07-02 10:16',
  distance_m: '3000',
  status: 'delivered',
  pay: '6',
};

describe('a worker checks one order', () => {
  it('explains a finding in both languages with facts, computed values and parameter sources', () => {
    const verdict = evaluateRow(plan, order, { asOf: '2025-08-01', clause: agreement.clauses[0] });
    expect(verdict.status).toBe('violation');
    if (verdict.status !== 'violation') return;
    const t = verdict.trace;
    expect(t.facts).toContainEqual({
      name: 'distance_m',
      value: '3000',
      zh: '配送距离（米）',
      en: 'route distance merchant → customer (m)',
    });
    expect(t.computed).toContainEqual({ name: 'required_minutes', value: '17' });
    expect(t.params).toContainEqual(
      expect.objectContaining({ name: 'max_speed_kmh', value: '15', sources: ['S8'] }),
    );
    expect(t.text.zh).toContain('条款 c06「预估时间」');
    expect(t.text.zh).toContain('required_minutes = 17');
    expect(t.text.en).toContain('max_speed_kmh = 15 (source S8)');
  });

  it('shows a truncated quotient rounded beside its exact value, which the data keeps', () => {
    // 4.841 / 15 is truncated at 12 places before × 60: exactly 24.36399999998, no float slip.
    const verdict = evaluateRow(
      plan,
      { ...order, distance_m: '4841', promised_at: '2025-07-02 10:20' },
      { asOf: '2025-08-01', clause: agreement.clauses[0] },
    );
    if (verdict.status !== 'violation') throw new Error(verdict.status);
    const t = verdict.trace;
    expect(t.computed).toContainEqual({ name: 'required_minutes', value: '24.36399999998' });
    expect(t.text.zh).toContain('required_minutes ≈ 24.364（计算值 24.36399999998）');
    expect(t.text.en).toContain('required_minutes ≈ 24.364 (as computed 24.36399999998)');
    expect(t.text.zh).toContain('allowed_minutes = 20，');
  });

  it('says who is liable and where a parameter comes from in Chinese in the Chinese text only', () => {
    const verdict = evaluateRow(plan, order, { asOf: '2025-08-01', clause: agreement.clauses[0] });
    if (verdict.status !== 'violation') throw new Error(verdict.status);
    const t = verdict.trace;
    expect(t.liable).toBe('platform');
    expect(t.text.zh).toContain('责任方：平台。');
    expect(t.text.zh).toContain('max_speed_kmh = 15（来源 S8），handover_minutes = 5（来源 协商确定）');
    expect(t.text.zh).not.toMatch(/platform|negotiated/);
    expect(t.text.en).toContain('liable: platform.');
    expect(t.text.en).toContain('handover_minutes = 5 (source negotiated)');
  });

  it('shows money with two places, and an amount of more places rounded beside its exact value', () => {
    const hourly = loadAgreement(`
id: h
title: 测试协议
industry: food_delivery
effective_from: 2025-05-01
clauses:
  - { id: c05, title: 小时收入, text: 不低于最低小时工资, rule: fd.min_hourly_pay }
`);
    const [status] = planAgreement(hourly);
    if (status?.status !== 'applicable') throw new Error('not applicable');
    const finding = {
      clauseId: 'c05',
      key: 'r1|2025-07-02',
      evidence: ['o1', 'o2'],
      amount: '3.472222222222',
      computed: {
        rider_id: 'r1',
        working_minutes: '125',
        net_pay: '48.6',
        paid_minutes: '125',
        hourly_pay: '23.327999999999',
        group_rows: '2',
        'param.min_hourly': '25',
      },
    };
    const t = explainFinding(finding, status.plan, hourly.clauses[0]);
    expect(t.amount).toBe('3.472222222222');
    expect(t.computed).toContainEqual({ name: 'hourly_pay', value: '23.327999999999' });
    expect(t.text.zh).toContain('责任方：平台（专送骑手为合作商）。');
    expect(t.text.zh).toContain(
      'working_minutes = 125，net_pay = 48.60，paid_minutes = 125，hourly_pay ≈ 23.33（计算值 23.327999999999），group_rows = 2',
    );
    expect(t.text.zh).toContain('涉及金额：约 3.47 元（计算值 3.472222222222 元）。');
    expect(t.text.en).toContain('hourly_pay ≈ 23.33 (as computed 23.327999999999)');
    expect(t.text.en).toContain('Amount: about CNY 3.47 (as computed CNY 3.472222222222).');
    expect(t.text.en).toContain('liable: platform (partner for dedicated riders).');
  });

  it('says ok, unchecked or out of scope without a trace', () => {
    expect(
      evaluateRow(plan, { ...order, promised_at: '2025-07-02 10:17' }, { asOf: '2025-08-01' }).status,
    ).toBe('ok');
    expect(evaluateRow(plan, { ...order, distance_m: '' }, { asOf: '2025-08-01' }).status).toBe('unchecked');
    expect(evaluateRow(plan, { ...order, status: 'cancelled' }, { asOf: '2025-08-01' }).status).toBe(
      'out_of_scope',
    );
    expect(
      evaluateRow(plan, { ...order, accepted_at: '2025-04-30 10:00' }, { asOf: '2025-08-01' }).status,
    ).toBe('out_of_scope');
  });

  it('names the row and field of bad input', () => {
    expect(() => evaluateRow(plan, { ...order, distance_m: '3 km' }, { asOf: '2025-08-01' })).toThrow(
      /row 1, field distance_m: not an integer/,
    );
  });
});
