import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import type { ScenarioChanges } from '../schema';

type PayFormula = NonNullable<ScenarioChanges['payFormula']>;

/** The delivery orders with the pay the data holds, beside the view that pays them by a proposed pay formula. */
export const asPaidView = 'delivery_orders_as_paid';

/** The columns a pay formula reads and changes: without any of them the orders keep the pay they were paid. */
const formulaColumns = ['status', 'pay', 'distance_m'];

/** A formula's number (at most 500 CNY) as an exact decimal of nine places, as typed. */
const decimal = (value: number) => `CAST('${value.toFixed(9)}' AS DECIMAL(38, 12))`;

/**
 * SQL for an order's pay by the formula, CNY per order + CNY per km, in exact decimals of twelve places (the
 * places at which the hourly-pay clause sums pay).
 */
export function formulaPaySql(formula: PayFormula): string {
  return `CAST(${decimal(formula.baseCny)} + ${decimal(formula.perKmCny)} * distance_m * 0.001 AS DECIMAL(38, 12))`;
}

/** Whether the delivery orders read can be paid by a formula (they have a status, pay and distance). */
export function payFormulaApplies(columns: readonly string[] | undefined): boolean {
  return !!columns && formulaColumns.every((c) => columns.includes(c));
}

/**
 * Puts a proposed pay formula in the audit's delivery view, so that every clause — the hourly-pay clause first —
 * and the outcome read the pay it gives: each delivered order paid less than the formula is paid what the formula
 * gives (an order whose pay or distance is empty keeps its pay). The pay the data holds stays readable in
 * `asPaidView`, for the pay the formula adds. Orders without the columns it needs are left as they are.
 */
export async function applyPayFormula(
  connection: DuckDBConnection,
  formula: PayFormula,
  columns: readonly string[] | undefined,
): Promise<void> {
  if (!payFormulaApplies(columns)) return;
  const raised = formulaPaySql(formula);
  await connection.run(`ALTER VIEW delivery_orders RENAME TO ${asPaidView}`);
  await connection.run(
    `CREATE VIEW delivery_orders AS
     SELECT * REPLACE (CASE WHEN status = 'delivered' AND pay < ${raised} THEN ${raised} ELSE pay END AS pay)
     FROM ${asPaidView}`,
  );
}

/**
 * What a version's audit does to its views before the clauses run (`runAudit`'s `redefineViews`): a delivery
 * agreement's proposed pay formula put in the delivery view; nothing without one.
 */
export function payFormulaViews(
  agreement: Agreement,
  changes: ScenarioChanges | null,
):
  | ((connection: DuckDBConnection, columns: Partial<Record<DatasetKind, string[]>>) => Promise<void>)
  | undefined {
  const formula = changes?.payFormula;
  if (!formula || agreement.industry !== 'food_delivery') return undefined;
  return (connection, columns) => applyPayFormula(connection, formula, columns.delivery_orders);
}
