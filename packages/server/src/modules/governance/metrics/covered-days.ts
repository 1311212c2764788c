import { datasetsByIndustry } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import { coveredRowsSql } from '../../audits/engine/views';
import type { AnalysisData } from '../data/analysis-data';
import { duckRows } from '../stats/duck';
import { isUnitKind, unitDay } from './unit-sql';

/**
 * The days on which rows the agreement covers (by the audit's own test, `coveredRowsSql`) have data, each once and
 * in order: the day each row of its industry's orders, trips, parcels or freight falls on, as the evaluation
 * places it (`unitDay`: an order's acceptance, a trip's pickup, …). A day without such a row is not counted, however
 * long the datasets' periods.
 */
export async function coveredDays(data: AnalysisData, agreement: Agreement): Promise<string[]> {
  const kinds = datasetsByIndustry[agreement.industry].filter(isUnitKind).filter((k) => data.columns[k]);
  if (kinds.length === 0) return [];
  const days = kinds.map(
    (kind) =>
      `SELECT DISTINCT ${unitDay(kind)} AS day FROM ${kind}
       WHERE coalesce(${coveredRowsSql(agreement, kind, data.columns[kind] ?? [])}, FALSE)`,
  );
  const rows = await duckRows<{ day: string }>(
    data.duck.connection,
    `SELECT DISTINCT CAST(day AS VARCHAR) AS day FROM (${days.join(' UNION ALL ')}) WHERE day IS NOT NULL ORDER BY 1`,
  );
  return rows.map((r) => r.day);
}
