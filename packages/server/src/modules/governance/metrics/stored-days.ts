import type { DuckDBConnection } from '@duckdb/node-api';
import type { CoveredSql, MetricDefinition, MetricParams, Optional } from './definitions';

/**
 * The worker-days of the metrics made of them (hourly pay, its share below the minimum, rest compliance), stored
 * once per analysis: the first metric that reads a set of worker-days (the same SQL) stores them in a temporary
 * table named after `prefix`, and every metric after reads that table. Returns, per metric, the query its units
 * read the worker-days from (none for a metric not made of them).
 */
export function storedWorkerDays(connection: DuckDBConnection, prefix: string) {
  const tables = new Map<string, string>();
  return async (
    metric: MetricDefinition,
    optional: Optional,
    params: MetricParams,
    covered: CoveredSql,
  ): Promise<string | undefined> => {
    if (!metric.workerDays) return undefined;
    const sql = metric.workerDays(optional, params, covered);
    let table = tables.get(sql);
    if (!table) {
      table = `${prefix}_${tables.size}`;
      await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} AS ${sql}`);
      tables.set(sql, table);
    }
    return `SELECT * FROM ${table}`;
  };
}
