import type { DuckDBConnection } from '@duckdb/node-api';
import { agreementCoverageOf, canonicalDatasets, type DatasetKind } from '@gigpact/contracts';
import type { Agreement, ClauseStatus } from '@gigpact/rules';
import { sqlString } from '@gigpact/datasets';
import { platformSqlOf } from './finding-rows';
import { coveredRowsSql } from './views';

/**
 * A platform's share of a run: the rows of its data the agreement covers on the days it is in force, and the
 * findings placed on it.
 */
export interface PlatformFigures {
  platform: string;
  rows: number;
  findings: number;
}

/**
 * Per platform: the rows the agreement covers in the datasets its applicable clauses read — its platforms and
 * scope, on the days from its `effective_from` to its `effective_to`, as the clauses check them — and the findings
 * placed on the platform (`finding_rows`: the platform of a row, a worker or a platform's group; a group of
 * several platforms' rows is none's). A payroll line counts for its franchisee's brand where the audit knows it;
 * data that names no platform (weather alerts) counts for none. Reads `finding_rows`, so it comes after it is built.
 */
export async function platformFigures(
  connection: DuckDBConnection,
  agreement: Agreement,
  clauses: readonly ClauseStatus[],
  datasetColumns: Partial<Record<DatasetKind, readonly string[]>>,
): Promise<PlatformFigures[]> {
  const read = new Set(clauses.flatMap((c) => (c.status === 'applicable' ? [c.dataset] : [])));
  const counted = [...read].flatMap((kind) => {
    const columns = datasetColumns[kind] ?? [];
    const platform = platformSqlOf(kind, new Set(columns));
    return platform
      ? [
          `SELECT __platform AS platform, count(*) AS n FROM (SELECT ${platform} AS __platform FROM ${kind}
             WHERE ${coveredRowsSql(agreement, kind, [...columns])} AND ${inForceSql(agreement, kind)}) r
           WHERE ${coveredPlatformSql(agreement, '__platform')} GROUP BY 1`,
        ]
      : [];
  });
  if (counted.length === 0) return [];
  const reader = await connection.run(
    `WITH rows_of AS (SELECT platform, sum(n) AS n FROM (${counted.join(' UNION ALL ')}) r GROUP BY 1),
       found AS (SELECT platform, count(*) AS n FROM finding_rows WHERE platform IS NOT NULL GROUP BY 1)
     SELECT r.platform, CAST(r.n AS BIGINT) AS rows, CAST(coalesce(f.n, 0) AS BIGINT) AS findings
     FROM rows_of r LEFT JOIN found f USING (platform) ORDER BY 1`,
  );
  return ((await reader.getRowObjectsJson()) as Record<string, string | number>[]).map((r) => ({
    platform: String(r.platform),
    rows: Number(r.rows),
    findings: Number(r.findings),
  }));
}

/** Whether a row's platform (never null) is one the agreement covers; any, when it names none. */
function coveredPlatformSql(agreement: Agreement, platform: string): string {
  const { platforms } = agreementCoverageOf(agreement);
  return platforms.length
    ? `${platform} IN (${platforms.map(sqlString).join(', ')})`
    : `${platform} IS NOT NULL`;
}

/** Whether a row's day (the day its time column places it on, as the clauses read it) is one the agreement is in force. */
function inForceSql(agreement: Agreement, kind: DatasetKind): string {
  const time = canonicalDatasets[kind].timeColumn;
  if (!time) return 'TRUE';
  const day = `CAST("${time}" AS DATE)`;
  const to = agreement.effective_to ? ` AND ${day} <= DATE '${agreement.effective_to}'` : '';
  return `${day} >= DATE '${agreement.effective_from}'${to}`;
}
