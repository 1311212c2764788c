import type { DeliveryInferenceView, InferenceView, RideInferenceView } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { registerGovernanceMessages } from '../register-messages';
import {
  deliveryContent,
  fitPeriodText,
  payPeriodText,
  hasCommission,
  inferenceEmpty,
  intervalText,
  noDataNotice,
  payIndependentOfDistance,
  withInterval,
} from './inference-content';

const none = { lo: null, hi: null };
const delivery = (over: Partial<DeliveryInferenceView> = {}): DeliveryInferenceView => ({
  orders: 0,
  timeFit: {
    intercept: null,
    slope: null,
    slopeInterval: none,
    ridingKmh: null,
    ridingKmhInterval: none,
    n: 0,
  },
  timeFitPeriod: { from: null, to: null, orders: 0, change: null },
  byMonth: [],
  hourEffect: [],
  weatherEffect: [],
  weatherData: false,
  scatter: [],
  speedHistogram: [],
  strictness: { bands: [], index: null, strict: false },
  payFit: { intercept: null, perKm: null, perKmInterval: none, n: 0 },
  payFitPeriod: { from: null, to: null, orders: 0, change: null },
  payByMonth: [],
  hourlyPay: { histogram: [], median: null, shareBelow: null, minHourly: 25 },
  ...over,
});

const rides = (over: Partial<RideInferenceView> = {}): RideInferenceView => ({
  trips: 0,
  commission: { histogram: [], mean: null, shareAboveCap: null, cap: 0.27 },
  payPerMinute: { intercept: null, slope: null, slopeInterval: none, n: 0 },
  byMonth: [],
  ...over,
});

const inference = (over: Partial<InferenceView>): InferenceView => ({
  industry: 'food_delivery',
  scope: { platform: null, district: null },
  platforms: [],
  delivery: null,
  rides: null,
  notices: [],
  ...over,
});

const strictness = (index: number | null) => ({ bands: [], index, strict: index !== null && index <= 0.5 });

describe('what the inference can show', () => {
  it('gives no strictness verdict without orders, not even a green one', () => {
    // A district with no orders: the server's strictness is { index: null, strict: false }.
    expect(deliveryContent(delivery())).toEqual({ timeFunction: false, verdict: null, pay: false });
    expect(inferenceEmpty(inference({ delivery: delivery() }))).toBe(true);
  });

  it('gives no verdict either way when orders are too few for an index', () => {
    expect(deliveryContent(delivery({ orders: 12, strictness: strictness(null) })).verdict).toBe('undecided');
  });

  it('calls an index of 0.5 or less strict and one above it not strict', () => {
    expect(deliveryContent(delivery({ orders: 400, strictness: strictness(0.5) })).verdict).toBe('strict');
    expect(deliveryContent(delivery({ orders: 400, strictness: strictness(0.51) })).verdict).toBe(
      'notStrict',
    );
  });

  it('keeps hourly pay of rider-days whose orders have no distance, without a time function', () => {
    const view = delivery({
      hourlyPay: { histogram: [{ from: 25, count: 3 }], median: 26, shareBelow: 0, minHourly: 25 },
    });
    expect(deliveryContent(view)).toEqual({ timeFunction: false, verdict: null, pay: true });
    expect(inferenceEmpty(inference({ delivery: view }))).toBe(false);
  });

  it('finds a ride scope empty without trips, and no commission without a fare', () => {
    expect(inferenceEmpty(inference({ industry: 'ride_hailing', rides: rides() }))).toBe(true);
    const ownExport = rides({ trips: 30 });
    expect(inferenceEmpty(inference({ industry: 'ride_hailing', rides: ownExport }))).toBe(false);
    expect(hasCommission(ownExport)).toBe(false);
    const fares = rides({
      trips: 30,
      commission: { histogram: [{ from: 0.2, count: 30 }], mean: 0.21, shareAboveCap: 0, cap: 0.27 },
    });
    expect(hasCommission(fares)).toBe(true);
  });

  it('leaves an industry with no stored data to its own notice', () => {
    expect(inferenceEmpty(inference({}))).toBe(false);
  });
});

describe('95 % intervals on the page', () => {
  it('writes an estimate with its interval, the dash spaced where a bound is negative', () => {
    expect(withInterval(15.0487, { lo: 14.7, hi: 15.42 })).toBe('15.05 (14.70–15.42)');
    expect(intervalText({ lo: -0.1424, hi: 0.0091 })).toBe('-0.14 – 0.01');
    // A riding speed whose minutes per km may be 0 or less: no upper bound.
    expect(intervalText({ lo: 14.6, hi: null })).toBe('≥ 14.60');
    // Too few orders for an interval: the estimate alone, and nothing said of its precision.
    expect(intervalText(none)).toBeNull();
    expect(withInterval(4.06, none)).toBe('4.06');
    expect(withInterval(null, none)).toBe('—');
  });

  it('says pay does not depend on distance only when the interval of pay per km holds 0', () => {
    const payFit = (lo: number | null, hi: number | null) => ({
      intercept: 14,
      perKm: 0.05,
      perKmInterval: { lo, hi },
      n: 2500,
    });
    expect(payIndependentOfDistance(payFit(-0.03, 0.12))).toBe(true);
    expect(payIndependentOfDistance(payFit(0, 0.12))).toBe(true);
    expect(payIndependentOfDistance(payFit(0.01, 0.12))).toBe(false);
    expect(payIndependentOfDistance(payFit(-0.2, -0.01))).toBe(false);
    expect(payIndependentOfDistance(payFit(null, null))).toBe(false);
  });

  it('tells the reader, in Chinese and in English, when a change between months matters', () => {
    registerGovernanceMessages();
    const zh = i18n.getFixedT('zh');
    const en = i18n.getFixedT('en');
    expect(zh('governance.inference.intervalNote')).toMatch(
      /月份之间的变化只有在两个月的区间不重叠时才有意义/,
    );
    expect(en('governance.inference.intervalNote')).toMatch(
      /A change between months matters only where the two months’ intervals do not overlap/,
    );
    expect(zh('governance.inference.payFlat')).toMatch(/收入与距离无关/);
    expect(en('governance.inference.payFlat')).toMatch(/^Pay shows no dependence on distance/);
    expect(zh('governance.inference.noWeather')).toMatch(/^没有天气数据/);
    expect(en('governance.inference.noWeather')).toMatch(/^No weather data/);
    // The interval follows the riding speed's own wording, which stays as it was.
    expect(
      zh('governance.inference.speed', { kmh: '15.05' }) +
        zh('governance.inference.speedInterval', { interval: '14.70–15.42' }),
    ).toBe(
      '拟合骑行速度 15.05 公里/小时（每公里分钟的倒数，不含固定交接时间），95% 区间 14.70–15.42 公里/小时',
    );
    expect(en('governance.inference.speedInterval', { interval: '14.70–15.42' })).toBe(
      ', 95 % interval 14.70–15.42 km/h',
    );
  });
});

describe('the months the time fit covers', () => {
  registerGovernanceMessages();
  const zh = i18n.getFixedT('zh');
  const en = i18n.getFixedT('en');

  it('names the month the algorithm changed and the speeds before and after, in Chinese and in English', () => {
    const period = {
      from: '2025-05',
      to: '2025-06',
      orders: 4210,
      change: { month: '2025-05', previousFrom: '2025-01', kmhBefore: 15.012, kmhAfter: 17.96 },
    };
    expect(fitPeriodText(zh, period)).toBe(
      '自 2025-05 起：2025-05 算法变化，拟合骑行速度 15.01 → 17.96 公里/小时（此前的算法自 2025-01 起）。上面的拟合和各小时、各预警等级的额外时间只用 2025-05 至 2025-06 的 4210 单',
    );
    expect(fitPeriodText(en, period)).toMatch(
      /^Since 2025-05: the algorithm changed in 2025-05, fitted riding speed 15\.01 → 17\.96 km\/h/,
    );
  });

  it('says every month was fitted where the speed held, and nothing without orders', () => {
    const held = { from: '2025-04', to: '2025-04', orders: 300, change: null };
    expect(fitPeriodText(zh, held)).toBe('拟合期间：2025-04 全部月份（300 单），各月拟合骑行速度未见变化');
    expect(fitPeriodText(en, { ...held, to: '2025-09' })).toBe(
      'Fitted over every month, 2025-04 to 2025-09 (300 orders): no change of the fitted riding speed between months',
    );
    expect(fitPeriodText(zh, { from: null, to: null, orders: 0, change: null })).toBeNull();
  });

  it('names the month pay per km changed and the rates before and after, or that it held', () => {
    const cut = {
      from: '2025-07',
      to: '2025-09',
      orders: 5120,
      change: { month: '2025-07', previousFrom: '2025-04', perKmBefore: 2.004, perKmAfter: 1.5 },
    };
    expect(payPeriodText(zh, cut)).toBe(
      '自 2025-07 起：2025-07 计价变化，每公里收入 2.00 → 1.50 元（此前的计价自 2025-04 起）。上面的计价拟合只用 2025-07 至 2025-09 的 5120 单',
    );
    expect(payPeriodText(en, cut)).toMatch(
      /^Since 2025-07: pay changed in 2025-07, 2\.00 → 1\.50 CNY per km/,
    );
    expect(payPeriodText(zh, { ...cut, from: '2025-04', change: null })).toBe(
      '计价拟合期间：2025-04 至 2025-09 全部月份（5120 单），各月每公里收入未见变化',
    );
    expect(payPeriodText(en, { from: null, to: null, orders: 0, change: null })).toBeNull();
  });
});

describe('the notice for a scope with nothing to infer from', () => {
  registerGovernanceMessages();
  const platformName = (code: string) => ({ eleme: 'Ele.me', meituan: 'Meituan' })[code] ?? code;
  const notice = (language: 'zh' | 'en', view: Parameters<typeof noDataNotice>[1], platform?: string) =>
    noDataNotice(i18n.getFixedT(language), view, platform, language, platformName);

  it('names the officer’s district in the reader’s language, Chinese first', () => {
    const huangpu = { industry: 'food_delivery', scope: { platform: null, district: '黄浦区' } } as const;
    expect(notice('zh', huangpu)).toBe('本区（黄浦区）的数据中没有外卖订单：无从推断算法，不作任何判断');
    expect(notice('en', huangpu)).toBe(
      'The data of your district (Huangpu) holds no delivery orders: there is nothing to infer the algorithm from, and no verdict',
    );
    expect(notice('en', huangpu, 'meituan')).toMatch(
      /^The data of your district \(Huangpu\) holds no Meituan delivery orders:/,
    );
  });

  it('names a representative’s platform as the scope, and the chosen platform elsewhere', () => {
    const rep = { industry: 'ride_hailing', scope: { platform: 'eleme', district: null } } as const;
    expect(notice('en', rep, 'eleme')).toMatch(
      /^The data of your platform \(Ele\.me\) holds no ride-hailing trips:/,
    );
    const city = { industry: 'food_delivery', scope: { platform: null, district: null } } as const;
    expect(notice('zh', city, 'meituan')).toBe(
      '存储的数据中没有Meituan的外卖订单：无从推断算法，不作任何判断',
    );
    expect(notice('en', city)).toMatch(/^The stored data holds no delivery orders:/);
  });
});
