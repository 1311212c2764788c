import { loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { pointsUnderAgreement, thresholdDay } from './agreement-thresholds';
import { pointSpecs } from './points';

const agreement = (industry: string, platform: string, clause: string) =>
  loadAgreement(
    [
      'id: bar-test',
      'title: 测试协议',
      `industry: ${industry}`,
      `platform: ${platform}`,
      'effective_from: 2025-05-01',
      'clauses:',
      `  - { id: c1, title: 条款, text: 条款, ${clause} }`,
    ].join('\n'),
    'bar-test.yaml',
  );
const threshold = (points: ReturnType<typeof pointsUnderAgreement>, id: string) =>
  points.find((p) => `${p.principle}.${p.level}` === id)!.threshold;

describe('a scorecard threshold an agreement sets', () => {
  const eleme = agreement(
    'food_delivery',
    'eleme',
    'rule: fd.min_hourly_pay, params: { min_hourly: [{ from: 2025-05-01, value: 24 }, { from: 2025-07-01, value: 25 }] }',
  );

  it('is the value in force on the last day of the scoring period', () => {
    const may = pointsUnderAgreement(pointSpecs.food_delivery, eleme, '2025-05-18');
    expect(threshold(may, 'pay.1')).toBe(24);
    // A period across 1 July is held to the minimum in force when it ends.
    expect(threshold(pointsUnderAgreement(pointSpecs.food_delivery, eleme, '2025-07-15'), 'pay.1')).toBe(25);
    // The union's own bars stay as they are.
    expect(threshold(may, 'pay.2')).toBe(0.05);
    expect(threshold(may, 'conditions.1')).toBe(0.01);
  });

  it('is the library default in force on the day without an agreement or without the clause', () => {
    // Shanghai's hourly minimum: 24 CNY before 2025-07-01, 25 from it.
    expect(threshold(pointsUnderAgreement(pointSpecs.food_delivery, null, '2025-05-18'), 'pay.1')).toBe(24);
    expect(threshold(pointsUnderAgreement(pointSpecs.food_delivery, null, '2025-07-01'), 'pay.1')).toBe(25);
    const other = agreement('food_delivery', 'eleme', 'rule: fd.no_late_money_penalty');
    expect(threshold(pointsUnderAgreement(pointSpecs.food_delivery, other, '2025-05-18'), 'pay.1')).toBe(24);
  });

  it('reads every industry’s clause: drivers’ minimum, the courier’s share, the days until freight is paid', () => {
    const rides = agreement('ride_hailing', 'didi', 'rule: rh.min_hourly_pay, params: { min_hourly: 28 }');
    expect(threshold(pointsUnderAgreement(pointSpecs.ride_hailing, rides, '2025-09-01'), 'pay.1')).toBe(28);
    const express = agreement('express', 'jt', 'rule: ex.direct_fee_share, params: { min_share: 0.3 }');
    expect(threshold(pointsUnderAgreement(pointSpecs.express, express, '2025-09-01'), 'pay.1')).toBe(0.3);
    const freight = agreement('freight', 'huolala', 'rule: fr.freight_advance, params: { days: 5 }');
    expect(threshold(pointsUnderAgreement(pointSpecs.freight, freight, '2025-11-01'), 'pay.1')).toBe(5);
  });

  it('is read on the period’s last day, or the agreement’s first without data in it', () => {
    const period = { from: '2025-05-01', to: '2025-05-18', basis: 'agreement' as const, agreementId: 'x' };
    expect(thresholdDay(period, { effectiveFrom: '2025-05-01' })).toBe('2025-05-18');
    expect(thresholdDay({ ...period, from: null, to: null }, { effectiveFrom: '2025-05-01' })).toBe(
      '2025-05-01',
    );
  });
});
