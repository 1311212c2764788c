import { join } from 'node:path';
import type { ColumnSpec, DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { datasetFiles } from '../store/layout';
import { ingestErrorCatalogue } from '../validation/codes';
import { storageType } from '../validation/typed-sql';
import type { Source } from './load-source';
import type { Mapping } from './mapping';
import { districtRenamedSql, storedDistrictSql } from './district-names';
import { looksLikeIdentifierSql, maskIdentifiersSql, pseudonymiseSql } from './personal-data';
import type { Validation } from './validate';

export interface Written {
  columns: { name: string; type: string; storage: string }[];
  platforms: string[];
  period: { start: string | null; end: string | null };
  pseudonymised: number;
  /** Rows whose district was written in another spelling and is stored as the district's name. */
  districtsRenamed: number;
}

/** Writes `data.parquet` (typed, pseudonymised) and `rejected.parquet` (rows as received, with every reason). */
export async function writeDataset(
  db: DuckSession,
  source: Source,
  spec: DatasetSpec,
  mapping: Mapping,
  validation: Validation,
  outDir: string,
  pseudonymKey: string,
  onProgress?: (fraction: number) => void,
): Promise<Written> {
  const present = spec.columns.filter((c) => mapping.exprs.has(c.name));
  const select = storedColumnsSql(spec, present, pseudonymKey);
  // A clean file (the usual case) is written straight from the validated table, without a filter.
  const filter = validation.anyHeld
    ? 'WHERE NOT _bad AND NOT _skip AND rowid NOT IN (SELECT rid FROM dups)'
    : '';
  await db.run(`CREATE VIEW accepted AS SELECT * FROM vt ${filter}`);
  await db.run(
    `COPY (SELECT ${select.join(', ')} FROM accepted) TO ${sqlString(join(outDir, datasetFiles.data))} (FORMAT parquet, COMPRESSION zstd)`,
    onProgress,
  );
  await writeRejected(db, source, mapping, outDir);

  const worker = workerColumnOf(spec, mapping);
  return {
    columns: storedColumnsOf(present),
    ...(await datasetFacts(
      db,
      spec,
      mapping,
      'accepted',
      worker ? looksLikeIdentifierSql(worker) : null,
      mapping.exprs.has('district') ? districtRenamedSql('"district"') : null,
    )),
  };
}

/** The stored form of every column (`expr AS name`): typed as the manifest says, the worker id pseudonymised. */
export function storedColumnsSql(spec: DatasetSpec, present: ColumnSpec[], pseudonymKey: string): string[] {
  return present.map(
    (c) => `${storedValueSql(spec, c, pseudonymKey, sqlIdent(c.name))} AS ${sqlIdent(c.name)}`,
  );
}

/** The stored value of one column from its typed value `typed`. */
export function storedValueSql(
  spec: DatasetSpec,
  column: ColumnSpec,
  pseudonymKey: string,
  typed: string,
): string {
  if (column.name === spec.workerColumn) return pseudonymiseSql(pseudonymKey, typed);
  if (column.name === 'district') return `CAST(${storedDistrictSql(typed)} AS ${storageType[column.type]})`;
  return `CAST(${typed} AS ${storageType[column.type]})`;
}

export function storedColumnsOf(present: ColumnSpec[]): Written['columns'] {
  return present.map((c) => ({ name: c.name, type: c.type, storage: storageType[c.type] }));
}

export function workerColumnOf(spec: DatasetSpec, mapping: Mapping): string | null {
  return spec.workerColumn && mapping.exprs.has(spec.workerColumn) ? sqlIdent(spec.workerColumn) : null;
}

/**
 * Platforms, period and the number of pseudonymised worker ids of the accepted rows in `from`;
 * `pseudonymised` is the SQL condition telling a row whose worker id was replaced, `renamedDistrict` one whose
 * district is stored under its name.
 */
export async function datasetFacts(
  db: DuckSession,
  spec: DatasetSpec,
  mapping: Mapping,
  from: string,
  pseudonymised: string | null,
  renamedDistrict: string | null = null,
): Promise<Omit<Written, 'columns'>> {
  const scope = ['platform', 'company'].find((c) => mapping.exprs.has(c));
  const time = spec.timeColumn && mapping.exprs.has(spec.timeColumn) ? sqlIdent(spec.timeColumn) : null;
  const [facts] = await db.rows<{
    platforms: string[] | null;
    start: string | null;
    end: string | null;
    pseudonymised: bigint;
    renamed: bigint;
  }>(
    `SELECT ${scope ? `list(DISTINCT ${sqlIdent(scope)} ORDER BY ${sqlIdent(scope)})` : 'NULL'} AS platforms,
       ${time ? `strftime(min(${time}), '%Y-%m-%dT%H:%M:%S')` : 'NULL'} AS start,
       ${time ? `strftime(max(${time}), '%Y-%m-%dT%H:%M:%S')` : 'NULL'} AS "end",
       ${pseudonymised ? `count(*) FILTER (WHERE ${pseudonymised})` : '0'} AS pseudonymised,
       ${renamedDistrict ? `count(*) FILTER (WHERE ${renamedDistrict})` : '0'} AS renamed
     FROM ${from}`,
  );
  return {
    platforms: facts?.platforms ?? [],
    period: { start: facts?.start ?? null, end: facts?.end ?? null },
    pseudonymised: Number(facts?.pseudonymised ?? 0),
    districtsRenamed: Number(facts?.renamed ?? 0),
  };
}

/** Rejected and skipped rows exactly as the file had them, each with all its reasons in both languages. */
export async function writeRejected(
  db: DuckSession,
  source: Source,
  mapping: Mapping,
  outDir: string,
): Promise<void> {
  const templates = Object.entries(ingestErrorCatalogue)
    .map(([code, t]) => `(${sqlString(code)}, ${sqlString(t.zh)}, ${sqlString(t.en)})`)
    .join(', ');
  await db.run(`CREATE TABLE templates AS SELECT * FROM (VALUES ${templates}) t(code, zh, en)`);
  const fill = (lang: string) =>
    `replace(replace(replace(t.${lang}, '{column}', coalesce(i.col, '')), '{value}', coalesce(i.val, '')), '{detail}', coalesce(i.detail, ''))`;
  // Rows are told apart by their row id, malformed records (which have none) by a negative record number. What
  // the reasons quote has every phone and ID-card number masked, as in every other error (`ingestIssue`).
  await db.run(`CREATE TABLE rejected_reasons AS
    SELECT i.id, any_value(i._line) AS _line, bool_or(i.code = 'skipped_by_adapter') AS skipped,
      list({'column': i.col, 'value': i.val, 'code': i.code, 'message_zh': ${fill('zh')}, 'message_en': ${fill('en')}}) AS _issues
    FROM (SELECT id, _line, ${maskIdentifiersSql('col')} AS col, ${maskIdentifiersSql('val')} AS val, code,
      ${maskIdentifiersSql('detail')} AS detail FROM (
          SELECT i._rid AS id, p._line, col, val, code, detail FROM issues i JOIN positions p ON p.rid = i._rid
          UNION ALL SELECT -_recno, _line, NULL, raw, code, reason FROM malformed${
            mapping.skip
              ? `
          UNION ALL SELECT v.rowid, p._line, NULL, NULL, 'skipped_by_adapter', v._why
            FROM vt v JOIN positions p ON p.rid = v.rowid WHERE v._skip`
              : ''
          })) i
    JOIN templates t ON t.code = i.code GROUP BY i.id`);
  const columns = source.columns.map((c, i) => `h._raw[${i + 1}] AS ${sqlIdent(c)}`).join(', ');
  await db.run(`COPY (
      SELECT CAST(r._line AS INTEGER) AS _line, CASE WHEN r.skipped THEN 'skipped' ELSE 'rejected' END AS _disposition,
        m.raw AS _raw, r._issues, ${columns}
      FROM rejected_reasons r
      LEFT JOIN held h ON h.rid = r.id
      LEFT JOIN malformed m ON -m._recno = r.id
      ORDER BY r._line)
    TO ${sqlString(join(outDir, datasetFiles.rejected))} (FORMAT parquet, COMPRESSION zstd)`);
}
