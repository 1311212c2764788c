import { regionTree } from '@gigpact/contracts';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../data/analysis-data';
import { simulatedDeliveriesAndRides, type SimulatedData } from '../testing/simulated-data';
import { duckRows } from '../stats/duck';
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

const inForce = (yaml: string[]): AgreementInForce => {
  const document = loadAgreement(yaml.join('\n'), 'test.yaml');
  return {
    id: document.id,
    industry: document.industry,
    platforms: [String(document.platform)],
    effectiveFrom: document.effective_from,
    effectiveTo: document.effective_to ?? null,
    document,
  };
};
const clause = (rule: string, params: string) =>
  `  - { id: c-${rule}, title: 条款, text: 条款, rule: ${rule}, params: ${params} }`;

/** An Ele.me delivery agreement (listed as agreements in force are: latest start first). */
const elemeAgreement = (id: string, from: string, more: string[] = []) =>
  inForce([
    `id: ${id}`,
    'title: 测试协议',
    'industry: food_delivery',
    'platform: eleme',
    `effective_from: ${from}`,
    ...more,
    'clauses:',
    clause('fd.min_hourly_pay', '{ min_hourly: 25 }'),
  ]);

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

  describe('are scored under the agreement in force over the platform’s data', () => {
    // The simulated data runs from 2025-04-14 to 2025-04-16.
    const elemeCard = async (agreements: AgreementInForce[]) => {
      const card = (await dataFigures(data, agreements)).find(
        (f) => f.platform === 'eleme' && f.industry === 'food_delivery',
      )!;
      return { period: card.period, agreement: card.agreement?.id ?? null };
    };

    it('not one that takes effect after the data ends', async () => {
      const later = elemeAgreement('eleme-later', '2025-09-01');
      const current = elemeAgreement('eleme-current', '2025-04-01');
      expect(await elemeCard([later, current])).toEqual({
        period: { from: '2025-04-14', to: '2025-04-16', basis: 'agreement', agreementId: 'eleme-current' },
        agreement: 'eleme-current',
      });
      // Alone, it is named as the agreement yet to show, and the card is scored as without it.
      expect(await elemeCard([later])).toEqual({
        period: {
          from: '2025-04-14',
          to: '2025-04-16',
          basis: 'before_agreement',
          agreementId: 'eleme-later',
        },
        agreement: null,
      });
    });

    it('not one that ended before the data does, when another covers the data after it', async () => {
      const ended = elemeAgreement('eleme-ended', '2025-04-10', ['effective_to: 2025-04-15']);
      const next = elemeAgreement('eleme-next', '2025-04-01');
      expect(await elemeCard([ended, next])).toMatchObject({
        period: { from: '2025-04-14', to: '2025-04-16', basis: 'agreement' },
        agreement: 'eleme-next',
      });
      // Nor when it covers more of the data than the one after it.
      const longer = elemeAgreement('eleme-longer', '2025-04-01', ['effective_to: 2025-04-15']);
      const lastDay = elemeAgreement('eleme-last-day', '2025-04-16');
      expect(await elemeCard([lastDay, longer])).toMatchObject({
        period: { from: '2025-04-16', to: '2025-04-16', basis: 'agreement' },
        agreement: 'eleme-last-day',
      });
      // With nothing after it, its own days.
      expect(await elemeCard([ended])).toMatchObject({
        period: { from: '2025-04-14', to: '2025-04-15', basis: 'agreement' },
        agreement: 'eleme-ended',
      });
    });

    it('city-wide before one of a district, and never one whose districts hold none of its rows', async () => {
      const c = data.duck.connection;
      const [busiest] = await duckRows(
        c,
        `SELECT district FROM delivery_orders WHERE platform = 'eleme' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      );
      const served = (
        await duckRows(c, `SELECT DISTINCT district FROM delivery_orders WHERE platform = 'eleme'`)
      ).map((r) => String(r.district));
      const unserved = regionTree.districts.find((d) => !served.includes(d.zh))!;
      const district = (id: string, name: string) =>
        elemeAgreement(id, '2025-04-10', ['scope: { districts: [' + name + '] }']);
      const cityWide = elemeAgreement('eleme-city', '2025-04-01');
      expect(
        await elemeCard([district('eleme-district', String(busiest!.district)), cityWide]),
      ).toMatchObject({
        period: { basis: 'agreement', agreementId: 'eleme-city' },
        agreement: 'eleme-city',
      });
      // Alone, a district agreement with the platform's rows in its district scores the card …
      expect(await elemeCard([district('eleme-district', String(busiest!.district))])).toMatchObject({
        agreement: 'eleme-district',
      });
      // … one whose district the platform has no rows in has yet to show.
      expect(await elemeCard([district('eleme-elsewhere', unserved.zh)])).toMatchObject({
        period: { basis: 'before_agreement', agreementId: 'eleme-elsewhere' },
        agreement: null,
      });
    });
  });
});
