import type { RuleSpecInput } from '../spec/rule-spec';
import { belowHourlyMinimum, checkedWorkerDay, hourlyPayOfDay, paidTimeParams } from './hourly-pay';
import { positiveMinutesOfADay, share } from './ranges';

const base = { industry: 'ride_hailing', dataset: 'ride_trips', liable: 'platform' } as const;
const couponParam: NonNullable<RuleSpecInput['params']> = {
  coupon_counts_as_paid: {
    type: 'bool',
    default: false,
    zh: '平台优惠券计入乘客支付',
    en: 'platform coupons count as paid',
    sources: ['S19', 'S21'],
  },
};
// rules.md: commission_rate over what the passenger paid, with the coupon counted only when the clause says so.
const commission = {
  gross: 'passenger_paid + (coupon_counts_as_paid ? platform_coupon : 0)',
  commission_rate: '(gross - driver_income - refund) / gross',
};

/** Ride-hailing (ride_trips): rules.md, "Ride-hailing". */
export const rideHailingRules: RuleSpecInput[] = [
  {
    ...base,
    id: 'rh.commission_cap',
    title_zh: '单笔抽成比例上限',
    title_en: 'Commission cap per trip',
    sources: ['S20'],
    params: {
      cap: {
        type: 'decimal',
        default: 0.27,
        ...share,
        zh: '抽成上限',
        en: 'commission cap',
        sources: ['S20'],
      },
      ...couponParam,
    },
    optional: { platform_coupon: 0, refund: 0 },
    shape: 'row',
    let: commission,
    violation: 'commission_rate > cap',
    // The commission above the cap, in money: exact, where the rate (a quotient) is not.
    amount: 'gross - driver_income - refund - cap * gross',
  },
  {
    ...base,
    id: 'rh.bill_transparency',
    title_zh: '账单展示乘客支付、司机收入和抽成比例',
    title_en: 'Bill shows price, income and commission rate',
    sources: ['S4', 'S20'],
    params: {
      tolerance: {
        type: 'decimal',
        default: 0.005,
        ...share,
        zh: '允许误差',
        en: 'tolerance',
        sources: ['negotiated'],
      },
      ...couponParam,
    },
    optional: { platform_coupon: 0, refund: 0 },
    shape: 'row',
    let: commission,
    violation: 'bill_shown == false || abs(shown_commission_rate - commission_rate) > tolerance',
  },
  {
    ...base,
    id: 'rh.avg_commission_disclosed',
    title_zh: '月均抽成不高于公示水平',
    title_en: 'Monthly average commission no higher than disclosed',
    sources: ['S21'],
    params: {
      disclosed_average: {
        type: 'decimal',
        ...share,
        zh: '公示的平均抽成',
        en: 'disclosed average commission',
        sources: [],
      },
      tolerance: {
        type: 'decimal',
        default: 0.01,
        ...share,
        zh: '允许误差',
        en: 'tolerance',
        sources: ['S21'],
      },
      ...couponParam,
    },
    optional: { platform_coupon: 0, refund: 0 },
    shape: 'group',
    let: commission,
    group: {
      by: ['platform', 'month'],
      measures: { average_commission: 'avg(commission_rate)', trips: 'count()' },
    },
    violation: 'average_commission > disclosed_average + tolerance',
  },
  {
    ...base,
    id: 'rh.fatigue_short',
    title_zh: '连续服务4小时须休息20分钟',
    title_en: 'Break after four hours of service',
    sources: ['S10'],
    params: {
      max_service_minutes: {
        type: 'decimal',
        default: 240,
        ...positiveMinutesOfADay,
        zh: '最长连续服务（分钟）',
        en: 'longest service (minutes)',
        sources: ['S10'],
      },
      min_break_minutes: {
        type: 'decimal',
        default: 20,
        ...positiveMinutesOfADay,
        zh: '休息时长（分钟）',
        en: 'break (minutes)',
        sources: ['S10'],
      },
    },
    shape: 'blocks',
    blocks: { start: 'pickup_at', end: 'dropoff_at', gap_minutes: 'min_break_minutes' },
    violation: 'service_minutes >= max_service_minutes',
  },
  {
    ...base,
    id: 'rh.fatigue_daily',
    title_zh: '每日计费时长上限',
    title_en: 'Daily billed-time cap',
    sources: ['S10'],
    params: {
      max_billed_minutes: {
        type: 'decimal',
        default: 600,
        ...positiveMinutesOfADay,
        zh: '每日计费上限（分钟）',
        en: 'daily billed cap (minutes)',
        sources: ['S10'],
      },
    },
    shape: 'group',
    group: {
      by: ['worker', 'day'],
      measures: { billed_minutes: 'sum(minutes_between(pickup_at, dropoff_at))' },
    },
    violation: 'billed_minutes > max_billed_minutes',
  },
  {
    ...base,
    id: 'rh.min_hourly_pay',
    title_zh: '服务时间内收入不低于最低小时工资',
    title_en: 'Income in service time at least the hourly minimum',
    sources: ['S3', 'S4'],
    params: {
      min_hourly: {
        type: 'decimal',
        default: 25,
        exclusive_minimum: 0,
        zh: '最低小时收入（元）',
        en: 'minimum hourly pay (CNY)',
        sources: ['S1'],
      },
      ...paidTimeParams,
    },
    optional: { refund: 0 },
    shape: 'group',
    group: {
      by: ['worker', 'day'],
      measures: {
        working_minutes: 'working_minutes(pickup_at, dropoff_at)',
        net_pay: 'sum(driver_income + refund)',
        trips: 'count()',
      },
      let: hourlyPayOfDay,
      checked_when: checkedWorkerDay,
    },
    ...belowHourlyMinimum,
  },
];
