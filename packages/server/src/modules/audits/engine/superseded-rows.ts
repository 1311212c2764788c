import type { DuckDBConnection } from '@duckdb/node-api';
import type { DataNotice, DatasetKind } from '@gigpact/contracts';
import { naturalKeys, sqlString } from '@gigpact/datasets';
import { datasetRowsSql, type AuditDataset } from './views';

/** Rows of one kind that a later dataset holds again, by the pair of datasets: read from the later one alone. */
export interface SupersededRows {
  kind: DatasetKind;
  /** Each earlier dataset whose rows a later one holds again (source file and short id), and how many rows. */
  pairs: { earlier: string; later: string; rows: number }[];
}

/**
 * Whether the datasets hold the rows of different platforms, each its own (as their manifests list them): a kind
 * whose rows are keyed by platform (orders, trips, parcels, workers) then repeats no row, and is not read twice.
 */
function platformsApart(datasets: readonly AuditDataset[]): boolean {
  const key = naturalKeys[datasets[0]!.manifest.kind];
  if (!key.includes('platform') && !key.includes('company')) return false;
  const seen = new Set<string>();
  for (const { platforms } of datasets.map((d) => d.manifest)) {
    if (platforms.length === 0 || platforms.some((p) => seen.has(p))) return false;
    for (const platform of platforms) seen.add(platform);
  }
  return true;
}

const named = (d: AuditDataset) => `${d.manifest.source.fileName} (${d.manifest.datasetId.slice(0, 12)})`;

/**
 * For the city's analyses, which read every catalogued dataset of a kind (evaluation, inference, scorecards, the
 * sandbox): each row once. Where datasets of a kind hold the same row — the same natural key, as `rowInTwoDatasets`
 * finds it (a platform's corrected export of a month, weekly exports that overlap, one file uploaded twice) — the
 * row of the latest ingested dataset (by its manifest's `createdAt`, then its id) is read and the earlier ones'
 * are left out; the view of the kind (`createDatasetViews`) is replaced by one that says so. An audit is given its
 * datasets by a user and refuses such overlaps instead. Returns what was left out, per kind, for the notices.
 */
export async function supersedeRepeatedRows(
  connection: DuckDBConnection,
  datasets: readonly AuditDataset[],
): Promise<SupersededRows[]> {
  const superseded: SupersededRows[] = [];
  const kinds = [...new Set(datasets.map((d) => d.manifest.kind))];
  for (const kind of kinds) {
    const ofKind = datasets
      .filter((d) => d.manifest.kind === kind)
      .sort(
        (a, b) =>
          a.manifest.createdAt.localeCompare(b.manifest.createdAt) ||
          a.manifest.datasetId.localeCompare(b.manifest.datasetId),
      );
    if (ofKind.length < 2 || platformsApart(ofKind)) continue;
    const columns = new Set(ofKind.flatMap((d) => d.manifest.columns.map((c) => c.name)));
    const key = naturalKeys[kind].filter((c) => columns.has(c));
    if (key.length === 0) continue;
    const values = key.map((c) => `coalesce(CAST("${c}" AS VARCHAR), '')`);
    const keySql = values.join(` || ' / ' || `);
    const hashSql = `hash(${values.join(', ')})`;
    const rankSql = `CASE filename ${ofKind.map((d, i) => `WHEN ${sqlString(d.dataFile)} THEN ${i}`).join(' ')} END`;
    const rows = `SELECT *, ${rankSql} AS __rank
      FROM (${datasetRowsSql(ofKind, { filename: true, fileRowNumber: true })})`;
    // First the keys' 64-bit hashes that two datasets share (a grouping of integers, a third of the cost of the
    // keys' text at 10 million rows), then the keys themselves among those rows alone: a hash two keys share is
    // only a candidate. The earlier copies are kept by their place (dataset, row number in its file), so the
    // view leaves them out by a join of integers.
    const shared = `__shared_${kind}`;
    const left = `__superseded_${kind}`;
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${shared} AS
       SELECT __h FROM (SELECT ${hashSql} AS __h, __rank FROM (${rows})) GROUP BY __h HAVING min(__rank) < max(__rank)`,
    );
    const [[candidates]] = (await (await connection.run(`SELECT count(*) FROM ${shared}`)).getRowsJson()) as [
      [number | string],
    ];
    if (Number(candidates) === 0) {
      await connection.run(`DROP TABLE ${shared}`);
      continue;
    }
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${left} AS
       WITH candidates AS (
         SELECT ${keySql} AS __key, __rank, file_row_number FROM (${rows})
         WHERE ${hashSql} IN (SELECT __h FROM ${shared})),
       latest AS (SELECT __key, max(__rank) AS __keep FROM candidates GROUP BY __key HAVING min(__rank) < max(__rank))
       SELECT c.__rank, c.file_row_number, l.__keep FROM candidates c JOIN latest l USING (__key)
       WHERE c.__rank < l.__keep`,
    );
    await connection.run(`DROP TABLE ${shared}`);
    const pairs = (await (
      await connection.run(
        `SELECT __rank AS earlier, __keep AS later, count(*) AS rows FROM ${left} GROUP BY ALL ORDER BY 1, 2`,
      )
    ).getRowObjectsJson()) as { earlier: number; later: number; rows: number | string }[];
    if (pairs.length === 0) {
      await connection.run(`DROP TABLE ${left}`);
      continue;
    }
    await connection.run(
      `CREATE OR REPLACE VIEW ${kind} AS SELECT * EXCLUDE (filename, file_row_number, __rank) FROM (${rows}) r
       WHERE NOT EXISTS (SELECT 1 FROM ${left} s WHERE s.__rank = r.__rank AND s.file_row_number = r.file_row_number)`,
    );
    superseded.push({
      kind,
      pairs: pairs.map((p) => ({
        earlier: named(ofKind[Number(p.earlier)]!),
        later: named(ofKind[Number(p.later)]!),
        rows: Number(p.rows),
      })),
    });
  }
  return superseded;
}

/** The notice of rows read from a later dataset than one that holds them too: each pair of datasets in turn. */
export function supersededNotice(s: SupersededRows): DataNotice {
  return {
    code: 'rows_superseded',
    zh: `${s.kind}：${s.pairs
      .map((p) => `${p.earlier} 中的 ${p.rows} 行在较晚上传的 ${p.later} 中再次出现，按后者读取`)
      .join('；')}`,
    en: `${s.kind}: ${s.pairs
      .map(
        (p) => `${p.rows} rows of ${p.earlier} are in the later upload ${p.later} too and are read from it`,
      )
      .join('; ')}`,
  };
}
