import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import type { FindingsQuery } from '../sql/query';
import type { Finding } from '../evaluate/evaluate-plan';
import { dialects } from '../sql/dialects';
import { createTableSql, insertRowsSql } from './table';
import { findingFromSqlRow } from './normalize';
import { workerHashCollision } from '../sql/block-query';

/** Creates a canonical table in DuckDB and fills it with rows (for clause tests and small checks). */
export async function loadRowsIntoDuckDb(
  connection: DuckDBConnection,
  dataset: DatasetKind,
  rows: readonly Readonly<Record<string, unknown>>[],
  table: string = dataset,
): Promise<void> {
  await connection.run(createTableSql(dialects.duckdb, dataset, table));
  if (rows.length === 0) return;
  const insert = insertRowsSql(dialects.duckdb, dataset, rows, table);
  await connection.run(insert.sql, insert.params as never);
}

/** Runs a compiled findings query through a DuckDB prepared statement. */
export async function runFindingsOnDuckDb(
  connection: DuckDBConnection,
  query: FindingsQuery,
): Promise<Finding[]> {
  const reader = await connection.run(query.sql, query.params as never);
  const rows = (await reader.getRowObjectsJson()) as Record<string, unknown>[];
  return rows.map((r) => findingFromSqlRow(r as Parameters<typeof findingFromSqlRow>[0]));
}

/**
 * The threads DuckDB runs a statement on (its `threads` setting: the machine's cores unless configured), as
 * the parts of a streamed worker timeline (`CompileOptions.timelineParts`, at most 64).
 */
export async function duckDbThreads(connection: DuckDBConnection): Promise<number> {
  const rows = await (await connection.run(`SELECT current_setting('threads')`)).getRowsJson();
  return Math.min(64, Math.max(1, Number(rows[0]?.[0] ?? 1)));
}

/**
 * Runs a statement compiled with worker timelines sorted by hash (`run(false)`); when two workers' ids hash
 * alike, which stops it with `workerHashCollision`, runs it compiled in the exact worker order (`run(true)`).
 */
export async function withWorkerOrderFallback<T>(run: (exactWorkerOrder: boolean) => Promise<T>): Promise<T> {
  try {
    return await run(false);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(workerHashCollision)) throw error;
    return run(true);
  }
}
