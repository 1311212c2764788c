import { DuckDBInstance } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import { loadAuditDatasets } from '../engine/load-datasets';
import { dimensionColumns, rowIdSql } from '../engine/finding-rows';

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The dataset rows a finding rests on, read from the run's datasets of the finding's kind (at most `limit`). */
export async function readEvidenceRows(
  dataDir: string,
  datasetIds: readonly string[],
  kind: DatasetKind,
  rowIds: readonly string[],
  limit = 200,
): Promise<Record<string, string | null>[]> {
  const datasets = (await loadAuditDatasets(dataDir, datasetIds)).filter((d) => d.manifest.kind === kind);
  if (datasets.length === 0 || rowIds.length === 0) return [];
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const files = datasets.map((d) => quoteText(d.dataFile)).join(', ');
    const reader = await connection.run(
      `SELECT * FROM (SELECT *, ${rowIdSql(kind)} AS __rid FROM read_parquet([${files}], union_by_name = true))
       WHERE list_contains(from_json($1::JSON, '["VARCHAR"]'), __rid) ORDER BY __rid LIMIT ${limit}`,
      [JSON.stringify(rowIds.slice(0, limit))],
    );
    const rows = (await reader.getRowObjectsJson()) as Record<string, unknown>[];
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([k]) => !k.startsWith('_'))
          .map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]),
      ),
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
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
  const datasets = (await loadAuditDatasets(dataDir, datasetIds)).filter(
    (d) => d.manifest.kind === kind && d.manifest.columns.some((c) => c.name === worker),
  );
  if (!worker || datasets.length === 0 || rowIds.length === 0) return [];
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const files = datasets.map((d) => quoteText(d.dataFile)).join(', ');
    const reader = await connection.run(
      `SELECT DISTINCT CAST("${worker}" AS VARCHAR) AS worker
       FROM (SELECT *, ${rowIdSql(kind)} AS __rid FROM read_parquet([${files}], union_by_name = true))
       WHERE list_contains(from_json($1::JSON, '["VARCHAR"]'), __rid) AND "${worker}" IS NOT NULL ORDER BY 1`,
      [JSON.stringify(rowIds)],
    );
    return ((await reader.getRowObjectsJson()) as { worker: string }[]).map((r) => r.worker);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
