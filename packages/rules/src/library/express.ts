import type { RuleSpecInput } from '../spec/rule-spec';
import { daysOfAYear, share } from './ranges';

/** Express (parcel_deliveries, courier_payroll): rules.md, "Express". */
export const expressRules: RuleSpecInput[] = [
  {
    id: 'ex.direct_fee_share',
    industry: 'express',
    dataset: 'parcel_deliveries',
    title_zh: '快递员派费不低于加盟商单件收入的一定比例',
    title_en: "Courier's fee at least a share of the franchisee's per-piece income",
    liable: 'franchisee',
    sources: ['S22'],
    params: {
      min_share: {
        type: 'decimal',
        default: 0.25,
        ...share,
        zh: '最低分成比例',
        en: 'minimum share',
        sources: ['S22'],
      },
    },
    optional: { franchisee_cost: null },
    shape: 'row',
    let: {
      basis: 'has(franchisee_cost) ? hq_fee - franchisee_cost : hq_fee',
      min_fee: 'min_share * basis',
    },
    violation: 'courier_fee < min_fee',
    amount: 'min_fee - courier_fee',
  },
  {
    id: 'ex.direct_payment',
    industry: 'express',
    dataset: 'parcel_deliveries',
    title_zh: '派费直达快递员',
    title_en: 'Fee paid straight to the courier',
    liable: 'company',
    sources: ['S22'],
    shape: 'row',
    violation: 'paid_direct == false',
  },
  {
    id: 'ex.wage_arrears',
    industry: 'express',
    dataset: 'courier_payroll',
    title_zh: '工资按时足额发放',
    title_en: 'Wages paid in full and on time',
    liable: 'franchisee, escalated to company',
    sources: ['S23'],
    params: {
      grace_days: {
        type: 'int',
        default: 0,
        ...daysOfAYear,
        zh: '宽限天数',
        en: 'grace days',
        sources: ['S23'],
      },
    },
    optional: { paid_at: null },
    shape: 'row',
    let: {
      deadline: 'add_days(due_date, grace_days)',
      short_paid: 'amount_paid < amount_due && as_of > deadline',
      paid_late: 'has(paid_at) && day(paid_at) > deadline',
    },
    violation: 'short_paid || paid_late',
    amount: 'short_paid ? amount_due - amount_paid : 0',
  },
];
