import type { RuleSpecInput } from '../spec/rule-spec';
import { belowHourlyMinimum, checkedWorkerDay, hourlyPayOfDay, paidTimeParams } from './hourly-pay';
import { alertLevel, minutesOfADay, positiveMinutesOfADay } from './ranges';

const delivered = 'status == "delivered"';
// Only delivered orders count (rules.md), so every rule here starts from them.
const base = {
  industry: 'food_delivery',
  dataset: 'delivery_orders',
  liable: 'platform',
  filter: delivered,
} as const;

/** Food delivery (delivery_orders): rules.md, "Food delivery". */
export const foodDeliveryRules: RuleSpecInput[] = [
  {
    ...base,
    id: 'fd.late_penalty_exemption',
    title_zh: '超时免罚：恶劣天气、商家出餐慢等原因超时不应扣款',
    title_en: 'No late penalty when lateness has an exempt cause',
    sources: ['S16', 'S17'],
    params: {
      exempt_reasons: {
        type: 'list<string>',
        default: ['weather', 'merchant', 'customer', 'traffic_control', 'access', 'vehicle'],
        zh: '免罚的超时原因',
        en: 'exempt causes of lateness',
        sources: ['S16', 'S17'],
      },
      min_alert_level: {
        type: 'int',
        default: 3,
        ...alertLevel,
        zh: '免罚的最低预警等级',
        en: 'lowest exempting alert level',
        sources: ['negotiated'],
      },
      merchant_grace_minutes: {
        type: 'decimal',
        default: 5,
        ...minutesOfADay,
        zh: '商家等餐宽限（分钟）',
        en: 'merchant wait grace (minutes)',
        sources: ['negotiated'],
      },
    },
    // An empty alert level is unknown (a derived level is empty for an order without a district): an order that
    // neither its reason nor its merchant wait exempts is then unchecked. Only an absent column counts as no alert.
    optional: {
      delay_reason: null,
      weather_alert_level: { absent: 0 },
      arrived_merchant_at: null,
      merchant_ready_at: null,
    },
    shape: 'row',
    let: {
      merchant_wait_minutes: 'minutes_between(arrived_merchant_at, merchant_ready_at)',
      exempt:
        '(has(delay_reason) && delay_reason in exempt_reasons) || weather_alert_level >= min_alert_level || (has(merchant_wait_minutes) && merchant_wait_minutes > merchant_grace_minutes)',
    },
    // An empty penalty is no penalty (data-model.md): such an order is checked, not left unchecked.
    violation: 'penalty_reason == "late" && coalesce(penalty, 0) > 0 && exempt',
    amount: 'penalty',
  },
  {
    ...base,
    id: 'fd.no_late_money_penalty',
    title_zh: '取消超时罚款',
    title_en: 'No money penalty for lateness',
    sources: ['S2', 'S9', 'S15'],
    shape: 'row',
    violation: 'penalty_reason == "late" && coalesce(penalty, 0) > 0',
    amount: 'penalty',
  },
  {
    ...base,
    id: 'fd.bad_review_no_deduction',
    title_zh: '差评不扣款',
    title_en: 'No deduction for bad reviews',
    sources: ['S18'],
    shape: 'row',
    violation: 'penalty_reason == "bad_review" && coalesce(penalty, 0) > 0',
    amount: 'penalty',
  },
  {
    ...base,
    id: 'fd.eta_speed_floor',
    title_zh: '预估送达时间不得按超过限速的车速计算',
    title_en: 'Delivery time allowed at no more than the speed limit',
    sources: ['S8'],
    params: {
      max_speed_kmh: {
        type: 'decimal',
        default: 15,
        // A speed divides the distance: zero or less means nothing (and leaves every order unchecked); no road in
        // China allows more than 120 km/h.
        exclusive_minimum: 0,
        maximum: 120,
        zh: '电动自行车限速（公里/小时）',
        en: 'e-bike speed limit (km/h)',
        sources: ['S8'],
      },
      handover_minutes: {
        type: 'decimal',
        default: 5,
        ...minutesOfADay,
        zh: '交接时间（分钟）',
        en: 'handover time (minutes)',
        sources: ['negotiated'],
      },
    },
    shape: 'row',
    let: {
      allowed_minutes: 'minutes_between(accepted_at, promised_at)',
      required_minutes: 'distance_m / 1000 / max_speed_kmh * 60 + handover_minutes',
    },
    violation: 'allowed_minutes < required_minutes',
  },
  {
    ...base,
    id: 'fd.min_hourly_pay',
    title_zh: '小时收入不低于最低小时工资',
    title_en: 'Hourly pay at least the hourly minimum wage',
    sources: ['S1', 'S2', 'S3'],
    liable: 'platform (partner for dedicated riders)',
    params: {
      min_hourly: {
        type: 'decimal',
        // Shanghai's hourly minimum wage: 25 CNY from 2025-07-01, 24 before (S1).
        default: 25,
        earlier_defaults: [{ before: '2025-07-01', value: 24 }],
        exclusive_minimum: 0,
        zh: '最低小时收入（元）',
        en: 'minimum hourly pay (CNY)',
        sources: ['S1', 'S2'],
      },
      include_subsidies: {
        type: 'bool',
        default: true,
        zh: '补贴计入收入',
        en: 'subsidies count as pay',
        sources: ['S2'],
      },
      ...paidTimeParams,
    },
    optional: { penalty: 0, subsidy: 0 },
    shape: 'group',
    group: {
      by: ['worker', 'day'],
      measures: {
        working_minutes: 'working_minutes(accepted_at, delivered_at)',
        net_pay: 'sum(pay - penalty - (include_subsidies ? 0 : subsidy))',
        orders: 'count()',
      },
      let: hourlyPayOfDay,
      checked_when: checkedWorkerDay,
    },
    ...belowHourlyMinimum,
  },
  {
    ...base,
    id: 'fd.continuous_work_rest',
    title_zh: '连续工作4小时须休息20分钟',
    title_en: 'Rest after four hours of continuous work',
    sources: ['S5', 'S8'],
    params: {
      max_continuous_minutes: {
        type: 'decimal',
        default: 240,
        ...positiveMinutesOfADay,
        zh: '最长连续工作（分钟）',
        en: 'longest continuous work (minutes)',
        sources: ['S5', 'S8'],
      },
      rest_minutes: {
        type: 'decimal',
        default: 20,
        ...positiveMinutesOfADay,
        zh: '休息时长（分钟）',
        en: 'rest (minutes)',
        sources: ['S5', 'S8'],
      },
    },
    shape: 'blocks',
    blocks: { start: 'accepted_at', end: 'delivered_at', gap_minutes: 'rest_minutes' },
    violation: 'elapsed_minutes >= max_continuous_minutes',
  },
  {
    ...base,
    id: 'fd.daily_time_cap',
    title_zh: '每日接单时长上限',
    title_en: 'Daily working-time cap',
    sources: ['S9'],
    params: {
      hard_cap_minutes: {
        type: 'decimal',
        default: 720,
        ...positiveMinutesOfADay,
        zh: '每日上限（分钟）',
        en: 'daily cap (minutes)',
        sources: ['S9'],
      },
    },
    shape: 'group',
    group: {
      by: ['worker', 'day'],
      measures: { working_minutes: 'working_minutes(accepted_at, delivered_at)' },
    },
    violation: 'working_minutes > hard_cap_minutes',
  },
  {
    ...base,
    id: 'fd.weekly_rest_day',
    title_zh: '每周至少休息一天',
    title_en: 'At least one rest day a week',
    sources: ['S8'],
    params: {
      min_rest_days: {
        type: 'int',
        default: 1,
        minimum: 0,
        maximum: 7,
        zh: '每周最少休息天数',
        en: 'rest days a week',
        sources: ['S8'],
      },
    },
    shape: 'group',
    group: {
      by: ['worker', 'week'],
      measures: { working_days: 'count_distinct(day(accepted_at))' },
      complete_weeks: true,
    },
    violation: 'working_days > 7 - min_rest_days',
  },
  {
    ...base,
    id: 'fd.fee_shown_before_accept',
    title_zh: '接单前展示费用构成',
    title_en: 'Fee breakdown shown before acceptance',
    sources: ['S2'],
    shape: 'row',
    violation: 'fee_shown_before_accept == false',
  },
  {
    ...base,
    id: 'fd.weather_subsidy',
    title_zh: '恶劣天气自动发放补贴',
    title_en: 'Weather subsidy paid in alerts',
    sources: ['S2', 'S6'],
    params: {
      min_alert_level: {
        type: 'int',
        default: 2,
        ...alertLevel,
        zh: '触发补贴的预警等级',
        en: 'alert level that triggers the subsidy',
        sources: ['S2', 'S6'],
      },
    },
    optional: { subsidy: 0 },
    shape: 'row',
    violation: 'weather_alert_level >= min_alert_level && subsidy == 0',
  },
];
