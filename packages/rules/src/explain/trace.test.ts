import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../agreement/load';
import { planAgreement } from '../compile/compile-agreement';
import { evaluateRow } from '../evaluate/evaluate-row';

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
