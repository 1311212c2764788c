import { DuckDBInstance } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import { loadAuditDatasets } from '../engine/load-datasets';
import { dimensionColumns, rowIdSql } from '../engine/finding-rows';

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Runs `query` over the given rows of the run's datasets of one kind — the datasets `usable` keeps — read as the
 * relation `rows` (each row with its id as `__rid`); nothing when no dataset or no row is asked for.
 */
async function queryRows(
  dataDir: string,
  datasetIds: readonly string[],
  kind: DatasetKind,
  rowIds: readonly string[],
  query: string,
  usable: (columns: readonly string[]) => boolean = () => true,
): Promise<Record<string, unknown>[]> {
  const datasets = (await loadAuditDatasets(dataDir, datasetIds)).filter(
    (d) => d.manifest.kind === kind && usable(d.manifest.columns.map((c) => c.name)),
  );
  if (datasets.length === 0 || rowIds.length === 0) return [];
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const files = datasets.map((d) => quoteText(d.dataFile)).join(', ');
    const reader = await connection.run(
      `WITH rows AS (SELECT * FROM (SELECT *, ${rowIdSql(kind)} AS __rid FROM read_parquet([${files}], union_by_name = true))
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
