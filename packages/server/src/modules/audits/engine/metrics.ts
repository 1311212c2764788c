import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import { sqlString } from '@gigpact/datasets';
import type { Agreement } from '@gigpact/rules';
import { commissionAboveCapSql } from './exact-bounds';
import { brandOfFranchiseeSql, ensureFranchiseeBrands } from './franchisee-brands';
import { agreementSets, numericParamSql, textListParamSql } from './metric-params';
import { quantileColumns } from './quantiles';
import { whileReporting } from './statement-progress';
import {
  workerDayColumns,
  type Optional,
  workerDayMetricsSql,
  workerDaySources,
  type WorkerDaySource,
} from './worker-day-metrics';

/** One row of a metric table: its grouping (platform, month, district) and its measures. */
export type MetricRow = Record<string, string | number | null>;

interface MetricTable {
  kind: DatasetKind;
  /** Columns the table needs; without them it is left out. */
  needs: string[];
  platform: string;
  time: string;
  /** The rows the figures are of (SQL), where not every row counts: delivery's delivered orders (rules.md). */
  rows?: string;
  /**
   * The measures, given a way to read an optional column (its value, or `fallback` when the data lacks it) and
   * the audited agreement, whose clauses set what counts as exempt lateness or an alert, and the audit's as-of date
   * (YYYY-MM-DD), before which no pay is yet owed.
   */
  measures: (optional: Optional, agreement: Agreement | undefined, asOf: string | undefined) => string;
  /** Hourly pay per worker and day, where the kind has an hourly-pay rule (`worker-day-metrics.ts`). */
  workerDays?: WorkerDaySource;
}

/** The day an order's parameters are resolved on, as the audit places it. */
const orderDay = 'CAST(accepted_at AS DATE)';

/**
 * Whether a late order had a cause that `fd.late_penalty_exemption` exempts from fines (its reason, an alert at the
 * agreement's level, or a merchant wait beyond the grace), each cause false where the data does not say.
 */
function exemptLatenessSql(opt: Optional, agreement: Agreement | undefined): string {
  const rule = 'fd.late_penalty_exemption';
  const reasons = textListParamSql(agreement, rule, 'exempt_reasons');
  const level = numericParamSql(agreement, rule, 'min_alert_level', orderDay);
  const grace = numericParamSql(agreement, rule, 'merchant_grace_minutes', orderDay);
  const wait = `epoch_us(${opt('merchant_ready_at', 'CAST(NULL AS TIMESTAMP)')}) - epoch_us(${opt('arrived_merchant_at', 'CAST(NULL AS TIMESTAMP)')})`;
  return `(coalesce(${opt('delay_reason', 'NULL')} IN ${reasons}, FALSE)
    OR coalesce(${opt('weather_alert_level', 'NULL')} >= ${level}, FALSE)
    OR coalesce(${wait} > ${grace} * 60000000, FALSE))`;
}

/**
 * Whether a pay line is past its deadline on the as-of date as `ex.wage_arrears` counts it: the as-of day is later
 * than `due_date` plus the agreement's grace days (resolved on the due date). Every line without an as-of date.
 */
function overdueSql(agreement: Agreement | undefined, asOf: string | undefined): string {
  if (asOf === undefined) return 'TRUE';
  const grace = numericParamSql(agreement, 'ex.wage_arrears', 'grace_days', 'due_date');
  return `CAST(${sqlString(asOf)} AS DATE) > due_date + CAST(${grace} AS INTEGER)`;
}

/** Delivered orders under an alert of the level at which `fd.weather_subsidy` requires a subsidy. */
function alertOrderSql(opt: Optional, agreement: Agreement | undefined): string {
  const level = numericParamSql(agreement, 'fd.weather_subsidy', 'min_alert_level', orderDay);
  return `${opt('status', 'NULL')} = 'delivered' AND ${opt('weather_alert_level', 'NULL')} >= ${level}`;
}

const noTime = 'CAST(NULL AS TIMESTAMP)';
const noMoney = 'CAST(NULL AS DECIMAL(18, 4))';
const allowedMinutesPerKm = (opt: Optional) =>
  `epoch(${opt('promised_at', noTime)} - accepted_at) / 60 / nullif(${opt('distance_m', 'NULL')} / 1000.0, 0)`;
const impliedKmh = (opt: Optional) =>
  `${opt('distance_m', 'NULL')} / 1000.0 / nullif(epoch(${opt('promised_at', noTime)} - accepted_at) / 3600, 0)`;
/** Whether a trip's commission exceeds 27 % of the fare, compared exactly: a trip charged exactly 27 % is not above. */
const aboveCommissionCap = (opt: Optional) =>
  commissionAboveCapSql(
    opt('passenger_paid', noMoney),
    opt('driver_income', noMoney),
    opt('refund', '0'),
    '0.27',
  );
/** The day a trip's parameters are resolved on, as the audit places it (its pickup). */
const tripDay = 'CAST(pickup_at AS DATE)';
const commissionCapRule = 'rh.commission_cap';
/**
 * Whether a trip's commission exceeds the cap the agreement's `rh.commission_cap` clause sets, in force on the
 * trip's day, as the clause counts it: platform coupons count as paid where the clause says so, and a trip charged
 * exactly the cap is not above it.
 */
const aboveAgreementCap = (opt: Optional, agreement: Agreement | undefined) => {
  const coupon = numericParamSql(agreement, commissionCapRule, 'coupon_counts_as_paid', tripDay);
  const paid = `(${opt('passenger_paid', noMoney)} + CASE WHEN ${coupon} THEN coalesce(${opt('platform_coupon', '0')}, 0) ELSE 0 END)`;
  const cap = numericParamSql(agreement, commissionCapRule, 'cap', tripDay);
  return commissionAboveCapSql(paid, opt('driver_income', noMoney), opt('refund', '0'), cap);
};
/** The share of trips above the agreement's own cap: only of an agreement with a commission-cap clause. */
const shareAboveAgreementCap = (opt: Optional, agreement: Agreement | undefined) =>
  agreement?.clauses.some((c) => c.rule === commissionCapRule)
    ? `,
      round(avg((${aboveAgreementCap(opt, agreement)})::INT), 4) AS share_above_cap`
    : '';
const commissionRate = (opt: Optional) =>
  `CASE WHEN ${opt('passenger_paid', noMoney)} > 0
    THEN (${opt('passenger_paid', noMoney)} - ${opt('driver_income', noMoney)} - coalesce(${opt('refund', '0')}, 0)) / ${opt('passenger_paid', noMoney)} END`;

/**
 * The descriptive figures of rules.md that evaluation compares before and after an agreement, per platform, month
 * and (where the data has it) district. Money totals are exact decimals (text); rates and quantiles are numbers.
 */
const tables: Record<string, MetricTable> = {
  delivery: {
    kind: 'delivery_orders',
    // Only the time that places an order: each figure reads what it needs and is empty without it.
    needs: ['accepted_at'],
    platform: 'platform',
    time: 'accepted_at',
    // Only delivered orders count (rules.md), as in governance's metrics: a cancelled order was never ridden, and
    // its fine is the cancellation clause's finding, not a delivery figure.
    rows: "status = 'delivered'",
    workerDays: workerDaySources.delivery,
    measures: (opt, agreement) => `count(*) AS orders,
      count(DISTINCT ${opt('rider_id', 'NULL')}) AS riders,
      round(avg(CASE WHEN ${opt('delivered_at', noTime)} IS NOT NULL THEN (${opt('delivered_at', noTime)} > ${opt('promised_at', noTime)})::INT END), 4) AS late_rate,
      round(avg((coalesce(${opt('penalty', '0')}, 0) > 0)::INT), 4) AS penalty_rate,
      CAST(sum(coalesce(${opt('penalty', '0')}, 0)) AS VARCHAR) AS penalty_total,
      round(avg(CASE WHEN ${opt('delivered_at', noTime)} > ${opt('promised_at', noTime)}
        THEN (${opt('penalty_reason', 'NULL')} = 'late' AND coalesce(${opt('penalty', '0')}, 0) > 0 AND ${exemptLatenessSql(opt, agreement)})::INT END), 4) AS late_exempt_penalised_share,
      round(avg(CASE WHEN ${alertOrderSql(opt, agreement)} THEN (coalesce(${opt('subsidy', '0')}, 0) > 0)::INT END), 4) AS alert_subsidy_share,
      ${quantileColumns(allowedMinutesPerKm(opt), 2, { allowed_min_per_km_p10: 0.1, allowed_min_per_km_p50: 0.5, allowed_min_per_km_p90: 0.9 })},
      ${quantileColumns(impliedKmh(opt), 2, { implied_kmh_p50: 0.5, implied_kmh_p90: 0.9 })},
      round(max(${impliedKmh(opt)}), 2) AS implied_kmh_max`,
  },
  rides: {
    kind: 'ride_trips',
    needs: ['pickup_at'],
    platform: 'platform',
    time: 'pickup_at',
    workerDays: workerDaySources.rides,
    // `share_above_27pct` is the city's published yardstick, whatever the agreement; `share_above_cap` measures
    // against the agreement's own cap.
    measures: (opt, agreement) => `count(*) AS trips,
      count(DISTINCT ${opt('driver_id', 'NULL')}) AS drivers,
      round(avg(${commissionRate(opt)}), 4) AS commission_mean,
      ${quantileColumns(commissionRate(opt), 4, { commission_p50: 0.5, commission_p90: 0.9 })},
      round(avg((${aboveCommissionCap(opt)})::INT), 4) AS share_above_27pct${shareAboveAgreementCap(opt, agreement)}`,
  },
  parcels: {
    kind: 'parcel_deliveries',
    needs: ['delivered_at', 'hq_fee', 'courier_fee'],
    platform: 'company',
    time: 'delivered_at',
    measures: (opt) => `count(*) AS parcels,
      count(DISTINCT ${opt('courier_id', 'NULL')}) AS couriers,
      round(quantile_cont(CASE WHEN hq_fee > 0 THEN courier_fee / hq_fee END, 0.5), 4) AS courier_share_of_hq_fee_p50,
      CAST(sum(courier_fee) AS VARCHAR) AS courier_fee_total`,
  },
  // A payroll statement names no brand: its figures are per brand of its franchisees where the audit knows it
  // (`createFranchiseeBrands`; blank where not) and month of the due date. Arrears are what is owed past the
  // deadline on the as-of date, as `ex.wage_arrears` finds them: a line not yet due (or within its grace days) is
  // counted among the pay lines but owes nothing yet.
  payroll: {
    kind: 'courier_payroll',
    needs: ['amount_due', 'amount_paid', 'due_date'],
    platform: brandOfFranchiseeSql('franchisee_id'),
    time: 'due_date',
    measures: (_opt, agreement, asOf) => {
      const shortPaid = `amount_paid < amount_due AND ${overdueSql(agreement, asOf)}`;
      return `count(*) AS pay_lines,
      count(DISTINCT courier_id) AS couriers,
      count(DISTINCT franchisee_id) AS franchisees,
      count(*) FILTER (WHERE ${shortPaid}) AS short_paid_lines,
      CAST(sum(CASE WHEN ${shortPaid} THEN amount_due - amount_paid ELSE 0 END) AS VARCHAR) AS arrears_total`;
    },
  },
  freight: {
    kind: 'freight_orders',
    needs: ['completed_at', 'order_amount', 'commission'],
    platform: 'platform',
    time: 'completed_at',
    measures: (opt) => `count(*) AS orders,
      count(DISTINCT ${opt('driver_id', 'NULL')}) AS drivers,
      CAST(sum(commission) AS VARCHAR) AS commission_total,
      round(avg(CASE WHEN order_amount > 0 THEN commission / order_amount END), 4) AS commission_rate_mean`,
  },
};

/**
 * The figures of every kind of data given (`columns`: the columns of each kind's view). `currencies`: the currencies
 * each kind's datasets keep their money in (their manifests'); the library's hourly minimum is Shanghai's, in yuan,
 * so data kept in another currency gets no share below it unless the agreement sets the minimum itself. `asOf`: the
 * audit's as-of date (YYYY-MM-DD); payroll arrears count only the lines past their deadline on it, every short-paid
 * line when it is not given.
 */
export async function computeMetrics(
  connection: DuckDBConnection,
  columns: Partial<Record<DatasetKind, string[]>>,
  agreement?: Agreement,
  currencies: Partial<Record<DatasetKind, readonly string[]>> = {},
  asOf?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<string, MetricRow[]>> {
  const metrics: Record<string, MetricRow[]> = {};
  await ensureFranchiseeBrands(connection);
  const due = Object.entries(tables).filter(([, table]) => {
    const available = columns[table.kind];
    return available !== undefined && table.needs.every((c) => available.includes(c));
  });
  // Each table's statement in hundredths, as DuckDB reports its progress.
  const total = due.length * 100;
  for (const [i, [name, table]] of due.entries()) {
    onProgress?.(i * 100, total);
    const available = columns[table.kind]!;
    const district = available.includes('district') ? ', district' : '';
    const optional = (column: string, fallback: string) => (available.includes(column) ? column : fallback);
    const grouped = `SELECT ${table.platform} AS platform, strftime(${table.time}, '%Y-%m') AS month${district}, ${table.measures(optional, agreement, asOf)}
       FROM ${table.kind}${table.rows ? ` WHERE ${table.rows}` : ''} GROUP BY ALL`;
    const inYuan = (currencies[table.kind] ?? ['CNY']).every((c) => c === 'CNY');
    const sql = table.workerDays
      ? withWorkerDays(grouped, table.workerDays, available, optional, agreement, inYuan)
      : `${grouped} ORDER BY ALL`;
    const reader = await whileReporting(connection, (percent) => onProgress?.(i * 100 + percent, total))(() =>
      connection.run(sql),
    );
    metrics[name] = ((await reader.getRowObjectsJson()) as MetricRow[]).map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === 'string' && /^\d+$/.test(v) && k !== 'month' ? Number(v) : v,
        ]),
      ),
    );
  }
  return metrics;
}

/**
 * A table's figures with the hourly pay of its worker-days beside them, matched by platform, month and district
 * (empty where the data lacks what the hourly-pay rule reads).
 */
function withWorkerDays(
  grouped: string,
  source: WorkerDaySource,
  available: readonly string[],
  optional: Optional,
  agreement: Agreement | undefined,
  inYuan: boolean,
): string {
  const district = available.includes('district');
  if (!source.needs.every((c) => available.includes(c)))
    return `SELECT *, ${workerDayColumns.map((c) => `CAST(NULL AS DOUBLE) AS ${c}`).join(', ')} FROM (${grouped}) ORDER BY ALL`;
  const keys = ['platform', 'month', ...(district ? ['district'] : [])];
  return `SELECT g.*, ${workerDayColumns.map((c) => `d.${c}`).join(', ')}
    FROM (${grouped}) g LEFT JOIN (${workerDayMetricsSql(
      source,
      optional,
      agreement,
      district,
      inYuan || agreementSets(agreement, [source.rule], 'min_hourly'),
    )}) d
      ON ${keys.map((k) => `g.${k} IS NOT DISTINCT FROM d.${k}`).join(' AND ')}
    ORDER BY ALL`;
}
