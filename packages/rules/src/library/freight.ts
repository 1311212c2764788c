import type { RuleSpecInput } from '../spec/rule-spec';
import { daysOfAYear, share } from './ranges';

const base = { industry: 'freight', dataset: 'freight_orders', liable: 'platform' } as const;

/** Freight (freight_orders): rules.md, "Freight". */
export const freightRules: RuleSpecInput[] = [
  {
    ...base,
    id: 'fr.freight_advance',
    title_zh: '运费逾期未付由平台垫付',
    title_en: 'Platform advances freight unpaid after the deadline',
    sources: ['S24'],
    params: {
      days: {
        type: 'int',
        default: 7,
        ...daysOfAYear,
        zh: '垫付期限（天）',
        en: 'days until the advance',
        sources: ['S24'],
      },
    },
    optional: { advanced_at: null },
    shape: 'row',
    let: {
      deadline: 'add_days(completed_at, days)',
      driver_received_at: 'min_of(driver_paid_at, advanced_at)',
    },
    filter: 'day(add_days(completed_at, days)) <= as_of',
    violation:
      '(!has(customer_paid_at) || customer_paid_at > deadline) && (!has(driver_received_at) || driver_received_at > deadline)',
    amount: 'order_amount - commission',
  },
  {
    ...base,
    id: 'fr.commission_abs_cap',
    title_zh: '单笔抽佣金额上限',
    title_en: 'Commission cap per order',
    sources: ['S25'],
    params: {
      cap: {
        type: 'decimal',
        default: 100,
        minimum: 0,
        zh: '抽佣上限（元）',
        en: 'commission cap (CNY)',
        sources: ['S25'],
      },
    },
    shape: 'row',
    violation: 'commission > cap',
    amount: 'commission - cap',
  },
  {
    ...base,
    id: 'fr.peak_fee_cap',
    title_zh: '高峰服务费不超过运费的一定比例',
    title_en: 'Peak fee at most a share of the freight',
    sources: ['S25'],
    params: {
      max_ratio: {
        type: 'decimal',
        default: 0.6,
        ...share,
        zh: '高峰费上限比例',
        en: 'peak-fee cap ratio',
        sources: ['S25'],
      },
    },
    shape: 'row',
    violation: 'peak_fee > max_ratio * order_amount',
    amount: 'peak_fee - max_ratio * order_amount',
  },
];
