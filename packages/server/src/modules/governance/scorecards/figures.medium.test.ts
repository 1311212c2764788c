import { loadAgreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../data/analysis-data';
import { simulatedDeliveriesAndRides, type SimulatedData } from '../testing/simulated-data';
import { dataFigures } from './compute';
import type { AgreementInForce } from './scoring-period';

let simulated: SimulatedData;
let data: AnalysisData;

/** A few simulated days in which Meituan runs rides as well as deliveries (its rides are Didi's trips renamed). */
beforeAll(async () => {
  simulated = await simulatedDeliveriesAndRides(
    { days: 3, scale: 0.002, seed: 5, start: '2025-04-14' },
    {
      ride_trips: (parquet) =>
        `SELECT * REPLACE (CASE WHEN platform = 'didi' THEN 'meituan' ELSE platform END AS platform) FROM ${parquet}`,
    },
  );
  data = simulated.data;
}, 120_000);
afterAll(() => simulated?.close());

describe('scorecard figures', () => {
  it('give a platform in two industries a card in each, with the figures of each', async () => {
    const figures = await dataFigures(data);
    const meituan = figures.filter((f) => f.platform === 'meituan');
    expect(meituan.map((f) => f.industry).sort()).toEqual(['food_delivery', 'ride_hailing']);
    const delivery = meituan.find((f) => f.industry === 'food_delivery')!;
    const rides = meituan.find((f) => f.industry === 'ride_hailing')!;
    expect(delivery.values.get('late_rate')).toBeGreaterThan(0);
    expect(delivery.values.has('commission_mean')).toBe(false);
    expect(rides.values.get('commission_mean')).toBeGreaterThan(0);
    expect(rides.values.has('late_rate')).toBe(false);
  });

  it('measure a platform under an agreement by its parameters, the others by the library defaults', async () => {
    const inForce = (yaml: string[]): AgreementInForce => {
      const document = loadAgreement(yaml.join('\n'), 'test.yaml');
      return {
        id: document.id,
        industry: document.industry,
        platforms: [String(document.platform)],
        effectiveFrom: document.effective_from,
        effectiveTo: null,
        document,
      };
    };
    const clause = (rule: string, params: string) =>
      `  - { id: c-${rule}, title: 条款, text: 条款, rule: ${rule}, params: ${params} }`;
    // Bars no one meets: every worker-day under them is below the minimum or without its rest.
    const eleme = inForce([
      'id: eleme-test',
      'title: 测试协议',
      'industry: food_delivery',
      'platform: eleme',
      'effective_from: 2025-04-01',
      'clauses:',
      clause(
        'fd.min_hourly_pay',
        '{ min_hourly: [{ from: 2025-04-01, value: 1000 }, { from: 2026-01-01, value: 1 }] }',
      ),
    ]);
    const rides = inForce([
      'id: rides-test',
      'title: 测试协议',
      'industry: ride_hailing',
      'platform: meituan',
      'effective_from: 2025-04-01',
      'clauses:',
      clause('rh.min_hourly_pay', '{ min_hourly: 1000 }'),
      clause('rh.fatigue_short', '{ max_service_minutes: 1 }'),
    ]);
    const figures = await dataFigures(data, [eleme, rides]);
    const card = (platform: string, industry: string) =>
      figures.find((f) => f.platform === platform && f.industry === industry)!;
    // The minimum of each rider-day's own day: 1,000 yuan in 2025, not the 1 yuan of 2026.
    expect(card('eleme', 'food_delivery').values.get('below_min_hourly_share')).toBe(1);
    expect(card('eleme', 'food_delivery').agreement?.id).toBe('eleme-test');
    expect(card('meituan', 'ride_hailing').values.get('ride_below_min_hourly_share')).toBe(1);
    expect(card('meituan', 'ride_hailing').values.get('ride_rest_compliance')).toBe(0);
    // Meituan's deliveries are under no agreement: the library's 25 yuan.
    expect(card('meituan', 'food_delivery').values.get('below_min_hourly_share')).toBeLessThan(1);
    expect(card('meituan', 'food_delivery').agreement).toBeNull();
  });
});
