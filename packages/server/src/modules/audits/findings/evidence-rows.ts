import { DuckDBInstance } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import { loadAuditDatasets } from '../engine/load-datasets';
import { dimensionColumns } from '../engine/finding-rows';
import { datasetRowsSql } from '../engine/views';

/**
 * Runs `query` over the given rows of the run's datasets of one kind, read as the relation `rows` (each row as
 * stored, with its id as the run named it, `__rid`: `datasetRowsSql`); nothing when no row is asked for or no
 * dataset has what `usable` needs.
 */
async function queryRows(
  dataDir: string,
  datasetIds: readonly string[],
  kind: DatasetKind,
  rowIds: readonly string[],
  query: string,
  usable: (columns: readonly string[]) => boolean = () => true,
): Promise<Record<string, unknown>[]> {
  // All the run's datasets of the kind: how a row is named depends on which others the run read beside it.
  const datasets = (await loadAuditDatasets(dataDir, datasetIds)).filter((d) => d.manifest.kind === kind);
  if (!datasets.some((d) => usable(d.manifest.columns.map((c) => c.name))) || rowIds.length === 0) return [];
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.run(
      `WITH rows AS (SELECT * FROM (${datasetRowsSql(datasets, { rowIdAs: '__rid' })})
         WHERE list_contains(from_json($1::JSON, '["VARCHAR"]'), __rid))
       ${query}`,
      [JSON.stringify(rowIds)],
    );
    return (await reader.getRowObjectsJson()) as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The dataset rows a finding rests on, read from the run's datasets of the finding's kind (at most `limit`). */
export async function readEvidenceRows(
  dataDir: string,
  datasetIds: readonly string[],
  kind: DatasetKind,
  rowIds: readonly string[],
  limit = 200,
): Promise<Record<string, string | null>[]> {
  const rows = await queryRows(
    dataDir,
    datasetIds,
    kind,
    rowIds.slice(0, limit),
    `SELECT * FROM rows ORDER BY __rid LIMIT ${limit}`,
  );
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([k]) => !k.startsWith('_'))
        .map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]),
    ),
  );
}

/**
 * The distinct workers (their pseudonyms) of the given rows of the run's datasets of one kind; none when the kind
 * names no worker or the data lacks the column.
 */
export async function workersOfRows(
  dataDir: string,
  datasetIds: readonly string[],
  kind: DatasetKind,
  rowIds: readonly string[],
): Promise<string[]> {
  const worker = dimensionColumns[kind].worker;
  if (!worker) return [];
  const rows = await queryRows(
    dataDir,
    datasetIds,
    kind,
    rowIds,
    `SELECT DISTINCT CAST("${worker}" AS VARCHAR) AS worker FROM rows WHERE "${worker}" IS NOT NULL ORDER BY 1`,
    (columns) => columns.includes(worker),
  );
  return rows.map((r) => String(r.worker));
}
