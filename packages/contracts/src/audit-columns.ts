import { canonicalDatasets, datasetKinds, type DatasetKind } from './canonical';

type Label = { zh: string; en: string };

const statisticNames = {
  p10: { zh: 'P10', en: 'p10' },
  p50: { zh: '中位数', en: 'median' },
  p90: { zh: 'P90', en: 'p90' },
  max: { zh: '最高', en: 'highest' },
} satisfies Record<string, Label>;

/**
 * The columns of one metric by statistic (`hourly_pay_p50`, …), named alike: 小时收入（元，中位数）, Hourly pay, CNY
 * (median). The unit is part of the English name and stands before the statistic in the Chinese one.
 */
function statisticLabels(
  metric: string,
  name: Label,
  unitZh: string | null,
  statistics: (keyof typeof statisticNames)[],
): Record<string, Label> {
  return Object.fromEntries(
    statistics.map((s) => [
      `${metric}_${s}`,
      {
        zh: `${name.zh}（${unitZh ? `${unitZh}，` : ''}${statisticNames[s].zh}）`,
        en: `${name.en} (${statisticNames[s].en})`,
      },
    ]),
  );
}

/**
 * The columns of the metrics tables an audit reports (rules.md, "Metrics every audit reports"), besides the
 * dataset columns they are grouped by.
 */
export const auditMetricLabels: Record<string, Label> = {
  month: { zh: '月份', en: 'Month' },
  orders: { zh: '订单数', en: 'Orders' },
  riders: { zh: '骑手数', en: 'Riders' },
  trips: { zh: '行程数', en: 'Trips' },
  drivers: { zh: '司机数', en: 'Drivers' },
  parcels: { zh: '派件数', en: 'Parcels' },
  couriers: { zh: '快递员数', en: 'Couriers' },
  late_rate: { zh: '超时率', en: 'Late rate' },
  penalty_rate: { zh: '罚款率', en: 'Penalty rate' },
  penalty_total: { zh: '罚款总额', en: 'Penalties in total' },
  late_exempt_penalised_share: {
    zh: '应免罚仍被罚的超时单占比',
    en: 'Late orders exempt yet fined (share)',
  },
  alert_subsidy_share: { zh: '预警订单获补贴占比', en: 'Alert orders with a subsidy (share)' },
  ...statisticLabels('allowed_min_per_km', { zh: '每公里配送时限', en: 'Allowed minutes per km' }, '分钟', [
    'p10',
    'p50',
    'p90',
  ]),
  ...statisticLabels('implied_kmh', { zh: '隐含车速', en: 'Implied speed, km/h' }, '公里/小时', [
    'p50',
    'p90',
    'max',
  ]),
  ...statisticLabels('hourly_pay', { zh: '小时收入', en: 'Hourly pay, CNY' }, '元', ['p10', 'p50', 'p90']),
  below_min_hourly_share: {
    zh: '低于最低小时收入的工作日占比',
    en: 'Working days below the hourly minimum (share)',
  },
  commission_mean: { zh: '平均抽成比例', en: 'Mean commission rate' },
  ...statisticLabels('commission', { zh: '抽成比例', en: 'Commission rate' }, null, ['p50', 'p90']),
  share_above_27pct: { zh: '抽成超过27%的占比', en: 'Share above 27% commission' },
  share_above_cap: { zh: '抽成超过协议上限的占比', en: "Share above the agreement's commission cap" },
  courier_share_of_hq_fee_p50: {
    zh: '快递员所得占派费比例（中位数）',
    en: "Courier's share of the delivery fee (median)",
  },
  courier_fee_total: { zh: '快递员派费总额', en: 'Courier fees in total' },
  pay_lines: { zh: '工资条数', en: 'Pay lines' },
  franchisees: { zh: '加盟商数', en: 'Franchisees' },
  short_paid_lines: { zh: '逾期未足额发放条数', en: 'Lines paid short, overdue' },
  arrears_total: { zh: '欠付总额', en: 'Arrears in total' },
  commission_total: { zh: '抽成总额', en: 'Commission in total' },
  commission_rate_mean: { zh: '平均抽成比例', en: 'Mean commission rate' },
};

/** The metrics tables of a run, by their key. */
export const auditMetricTableLabels: Record<string, Label> = {
  delivery: { zh: '外卖配送', en: 'Food delivery' },
  rides: { zh: '网约车', en: 'Ride-hailing' },
  parcels: { zh: '快递派件', en: 'Parcel delivery' },
  payroll: { zh: '快递员工资', en: 'Courier payroll' },
  freight: { zh: '货运', en: 'Freight' },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The name of a column an audit shows (a canonical dataset column or a metric) in both languages: the column of
 * `kind` first, then of any dataset, then the metrics. Undefined for a name the data model does not know.
 */
export function auditColumnLabel(name: string, kind?: DatasetKind | string): Label | undefined {
  // Tables show a platform by its name, not the code the data holds.
  if (name === 'platform') return { zh: '平台', en: 'Platform' };
  const kinds = [
    ...(datasetKinds.includes(kind as DatasetKind) ? [kind as DatasetKind] : []),
    ...datasetKinds,
  ];
  for (const k of kinds) {
    const column = canonicalDatasets[k].columns.find((c) => c.name === name);
    if (column) return { zh: column.zh, en: capitalised(column.en) };
  }
  return auditMetricLabels[name];
}
