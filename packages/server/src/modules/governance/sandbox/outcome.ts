import type { DuckDBConnection } from '@duckdb/node-api';
import type { ScenarioOutcome } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import { belowHourlyMinimumSql } from '../../audits/engine/exact-bounds';
import type { ClauseSummary } from '../../audits/engine/run-audit';
import { sumDecimals } from '../../audits/engine/decimal-sum';
import { coveredRowsSql } from '../../audits/engine/views';
import { metricParamsOf, minHourlyOn, minHourlySteps } from '../metrics/agreement-params';
import { workingDaysSql } from '../metrics/working-days';
import { duckRows, num } from '../stats/duck';
import type { ScenarioChanges } from '../schema';
import { money, quotientInFen } from './money';
import { asPaidView, formulaPaySql, payFormulaApplies } from './pay-formula';

/** The rules whose findings are a worker-day's shortfall below the hourly minimum: the top-up, clause by clause. */
const hourlyPayRules = ['fd.min_hourly_pay', 'rh.min_hourly_pay'];

/** Money in exact decimals of twelve places, as the hourly-pay clause sums a day's pay. */
const exact = (value: string) => `CAST(${value} AS DECIMAL(38, 12))`;

/**
 * A worker-day's paid hours are its µs worked × (60 + allowance minutes per hour) over this: 3.6·10⁹ µs an hour
 * × 60 minutes.
 */
const microsPerPaidHour = 216_000_000_000n;

/** SQL that holds for a row whose day (`start`'s date) lies within the agreement's effective dates. */
function inForceSql(agreement: Agreement, start: string): string {
  const isDate = (d: string | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const day = `CAST(${start} AS DATE)`;
  return [
    isDate(agreement.effective_from) ? `${day} >= DATE '${agreement.effective_from}'` : 'TRUE',
    isDate(agreement.effective_to) ? `${day} <= DATE '${agreement.effective_to}'` : 'TRUE',
  ].join(' AND ');
}

async function columnsOf(connection: DuckDBConnection, view: string): Promise<string[]> {
  const rows = await duckRows<{ column_name: string }>(
    connection,
    `SELECT column_name FROM information_schema.columns WHERE table_name = '${view}'`,
  );
  return rows.map((r) => r.column_name);
}

/**
 * What a version of the agreement means for workers and the platform, over the audit run's views: violations
 * per clause, hourly pay per worker-day against the minimum the version sets (the one in force that day), the
 * pay a platform would add to lift every worker-day to that minimum, what the findings say is owed back, and —
 * for a proposed time or pay formula — the orders it would change. Like the audit, it reads only the rows the
 * agreement covers, on the days it is in force. A proposed pay formula is already in the delivery view
 * (`applyPayFormula`): the clauses and the income read the pay it gives, the pay it adds is read against the pay
 * the data holds.
 */
export async function scenarioOutcome(
  connection: DuckDBConnection,
  agreement: Agreement,
  clauses: readonly ClauseSummary[],
  changes: ScenarioChanges | null,
): Promise<ScenarioOutcome> {
  const pay = changes?.payFormula;
  const delivery = await columnsOf(connection, 'delivery_orders');
  const rides = await columnsOf(connection, 'ride_trips');
  const opt = (have: string[], c: string, f: string) => (have.includes(c) ? c : f);
  // Only the rows the agreement covers: its platforms, districts and rider types, within its effective dates.
  const coveredOrders = `${coveredRowsSql(agreement, 'delivery_orders', delivery)} AND ${inForceSql(agreement, 'accepted_at')}`;
  const coveredTrips = `${coveredRowsSql(agreement, 'ride_trips', rides)} AND ${inForceSql(agreement, 'pickup_at')}`;
  // Hourly pay as the agreement's hourly-pay clause measures it, with its parameters in force on each day.
  const params = metricParamsOf(agreement);
  const minimum = params.minHourly('day');
  const allowance = params.allowanceMinutesPerHour('day');
  const paidHours = `minutes * (60 + ${allowance}) / 60 / 60`;
  const withoutSubsidies = `CASE WHEN ${params.includeSubsidies('CAST(accepted_at AS DATE)')} THEN 0
      ELSE coalesce(${exact(opt(delivery, 'subsidy', '0'))}, 0) END`;
  let orders: string | null = null;
  if (delivery.length && agreement.industry === 'food_delivery') {
    orders = `SELECT platform, '' AS district, rider_id AS worker, TRUE AS covered, accepted_at AS start_at,
        delivered_at AS end_at,
        ${exact('pay')} - coalesce(${exact(opt(delivery, 'penalty', '0'))}, 0) - ${withoutSubsidies} AS net
      FROM delivery_orders WHERE status = 'delivered' AND delivered_at IS NOT NULL AND ${coveredOrders}`;
  } else if (rides.length && agreement.industry === 'ride_hailing') {
    orders = `SELECT platform, '' AS district, driver_id AS worker, TRUE AS covered, pickup_at AS start_at,
        dropoff_at AS end_at,
        ${exact('driver_income')} + coalesce(${exact(opt(rides, 'refund', '0'))}, 0) AS net
      FROM ride_trips WHERE ${coveredTrips}`;
  }
  let income: ScenarioOutcome['income'] = {
    workerDays: 0,
    medianHourly: null,
    shareBelowMinimum: null,
    minHourly: minHourlySteps(agreement).at(-1)!.value,
  };
  let topUp = '0.00';
  if (orders) {
    // A day below the minimum as the clause decides it, without a quotient (`exact-bounds.ts`): a day paid exactly
    // the minimum is not below it. Its shortfall, minimum × paid hours − net, is summed as its numerator over
    // 216·10⁹ and divided once, in whole numbers.
    const below = belowHourlyMinimumSql('net', 'micros', minimum, allowance);
    const [row] = await duckRows(
      connection,
      // The median as the evaluation and the scorecards take it: an actual worker-day's, the lower middle one.
      `SELECT count(*) AS n, quantile_disc(CAST(net AS DOUBLE) / (${paidHours}), 0.5) AS median,
         avg((${below})::INT) AS below,
         CAST(sum(CASE WHEN ${below}
           THEN ${exact(`${minimum} * CAST(micros AS HUGEINT) * (60 + ${allowance})`)} - net * ${microsPerPaidHour}
         END) AS VARCHAR) AS shortfall,
         CAST(max(day) AS VARCHAR) AS last_day
       FROM (${workingDaysSql(orders, params.restMinutes)})
       WHERE micros >= CAST(${params.minWorkingMinutes('day')} AS DECIMAL(38, 6)) * 60000000 AND micros > 0`,
    );
    const lastDay = typeof row?.last_day === 'string' ? row.last_day : null;
    income = {
      workerDays: num(row?.n) ?? 0,
      medianHourly: num(row?.median),
      shareBelowMinimum: num(row?.below),
      // The minimum in force on the last day measured (a minimum that rises later is not yet owed).
      minHourly: lastDay ? minHourlyOn(agreement, lastDay) : income.minHourly,
    };
    topUp = quotientInFen(typeof row?.shortfall === 'string' ? row.shortfall : null, microsPerPaidHour);
  }
  let formulaPay = '0.00';
  if (pay && payFormulaApplies(delivery) && agreement.industry === 'food_delivery') {
    // Against the pay the data holds: the delivery view already pays by the formula.
    const raised = formulaPaySql(pay);
    const [row] = await duckRows(
      connection,
      `SELECT CAST(sum(${raised} - ${exact('pay')}) FILTER (WHERE pay < ${raised}) AS VARCHAR) AS extra
       FROM ${asPaidView} WHERE status = 'delivered' AND ${coveredOrders}`,
    );
    formulaPay = money(row?.extra);
  }
  let time: ScenarioOutcome['time'] = null;
  const formula = changes?.timeFormula;
  if (formula && delivery.length && agreement.industry === 'food_delivery') {
    const promised = `(${formula.baseMinutes} + ${formula.minutesPerKm} * distance_m / 1000.0)`;
    const allowed = 'epoch(promised_at - accepted_at) / 60';
    const [row] = await duckRows(
      connection,
      `SELECT count(*) FILTER (WHERE ${allowed} < ${promised}) AS below,
         quantile_cont(${promised} - ${allowed}, 0.5) FILTER (WHERE ${allowed} < ${promised}) AS extra,
         count(*) FILTER (WHERE delivered_at > promised_at AND epoch(delivered_at - accepted_at) / 60 <= ${promised}) AS rescued,
         sum(CASE WHEN delivered_at > promised_at AND epoch(delivered_at - accepted_at) / 60 <= ${promised}
                   AND ${opt(delivery, 'penalty_reason', 'NULL')} = 'late'
              THEN coalesce(CAST(${opt(delivery, 'penalty', '0')} AS DOUBLE), 0) ELSE 0 END) AS fines
       FROM delivery_orders WHERE status = 'delivered' AND ${coveredOrders}`,
    );
    time = {
      ordersBelowFormula: num(row?.below) ?? 0,
      extraMinutesMedian: num(row?.extra),
      lateOrdersOnTimeUnderFormula: num(row?.rescued) ?? 0,
      finesOnThoseOrders: money(row?.fines),
    };
  }
  return {
    clauses: clauses.map((c) => ({
      clauseId: c.clause_id,
      title: agreement.clauses.find((x) => x.id === c.clause_id)?.title ?? c.clause_id,
      rule: c.rule,
      status: c.status,
      checked: c.checked,
      violations: c.violations,
      amount: money(c.amount),
    })),
    income,
    cost: {
      topUpToMinimum: topUp,
      findingsAmount: money(sumDecimals(clauses.map((c) => c.amount))),
      otherFindingsAmount: money(
        sumDecimals(clauses.filter((c) => !hourlyPayRules.includes(c.rule ?? '')).map((c) => c.amount)),
      ),
      formulaPay,
    },
    time,
  };
}
