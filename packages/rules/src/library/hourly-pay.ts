import type { RuleSpecInput } from '../spec/rule-spec';
import { minutesOfADay } from './ranges';

// What the hourly-pay rules (`fd.min_hourly_pay`, `rh.min_hourly_pay`) share (rules.md): paid time with an
// allowance per hour, a worker-day checked from the least working minutes, and the pay owed up to the minimum.

/** The parameters of paid time: the allowance per hour worked and the least working minutes a day is checked from. */
export const paidTimeParams: NonNullable<RuleSpecInput['params']> = {
  allowance_minutes_per_hour: {
    type: 'decimal',
    default: 0,
    // Minutes added to each hour worked: none to a whole hour (which doubles the paid time).
    minimum: 0,
    maximum: 60,
    zh: '每小时宽放分钟',
    en: 'allowance minutes per hour',
    sources: ['negotiated'],
  },
  min_working_minutes: {
    type: 'decimal',
    default: 60,
    ...minutesOfADay,
    zh: '最少工作分钟（计入核查）',
    en: 'least working minutes checked',
    sources: ['negotiated'],
  },
};

/**
 * A worker-day's paid minutes and hourly pay from its measures `working_minutes` and `net_pay`. Multiply before
 * dividing so that whole minutes give exact hourly figures.
 */
export const hourlyPayOfDay = {
  paid_minutes: 'working_minutes * (60 + allowance_minutes_per_hour) / 60',
  hourly_pay: 'net_pay * 60 / paid_minutes',
};

/** The worker-days the hourly minimum is checked on: those with at least the least working minutes. */
export const checkedWorkerDay = 'working_minutes >= min_working_minutes';

/** A checked worker-day paid below the hourly minimum, owed the pay that lifts it to the minimum. */
export const belowHourlyMinimum = {
  violation: 'working_minutes >= min_working_minutes && hourly_pay < min_hourly',
  amount: 'min_hourly * paid_minutes / 60 - net_pay',
};
