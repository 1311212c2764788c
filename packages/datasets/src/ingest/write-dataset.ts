import { join } from 'node:path';
import type { DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { datasetFiles } from '../store/layout';
import { ingestErrorCatalogue } from '../validation/codes';
import { issuesSql, typedName } from '../validation/checks';
import { storageType, typedExpr } from '../validation/typed-sql';
import type { Mapping } from './mapping';
import { pseudonymiseSql, rawIdentifierPattern } from './personal-data';

export interface Validation {
  accepted: number;
  rejected: number;
  skipped: number;
  errorCount: number;
  firstErrors: {
    line: number;
    column: string | null;
    value: string | null;
    code: string;
    detail: string | null;
  }[];
}

/**
 * Builds views `canon` (canonical text), `vt` (text + typed) and tables `issues`, `bad` (rejected records) and
 * `skipped`, then counts. Every check is one set-based query over the whole file.
 */
export async function buildValidation(
  db: DuckSession,
  spec: DatasetSpec,
  mapping: Mapping,
  options: { timeZone: string; now?: string; maxErrors: number },
): Promise<Validation> {
  const present = spec.columns.filter((c) => mapping.exprs.has(c.name));
  const skip = mapping.skip ? `(${mapping.skip.when})` : 'false';
  await db.run(
    `CREATE VIEW canon AS SELECT _recno, _line, ${present
      .map((c) => `${mapping.exprs.get(c.name)} AS ${sqlIdent(c.name)}`)
      .join(', ')} FROM src WHERE NOT ${skip}`,
  );
  await db.run(
    `CREATE TABLE skipped AS SELECT _recno, _line, ${mapping.skip?.reason ?? 'NULL::VARCHAR'} AS reason FROM src WHERE ${skip}`,
  );
  await db.run(
    `CREATE VIEW vt AS SELECT _recno, _line, ${present
      .map(
        (c) =>
          `${sqlIdent(c.name)}, ${typedExpr(c, sqlIdent(c.name), options.timeZone)} AS ${sqlIdent(typedName(c.name))}`,
      )
      .join(', ')} FROM canon`,
  );
  const nowSql = options.now
    ? `TIMESTAMP ${sqlString(options.now)}`
    : `timezone(${sqlString(options.timeZone)}, now())::TIMESTAMP`;
  await db.run(issuesSql({ spec, present: new Set(present.map((c) => c.name)), nowSql }));
  await db.run('CREATE TABLE bad AS SELECT DISTINCT _recno FROM issues');
  const [counts] = await db.rows<Record<string, bigint>>(`SELECT
    (SELECT count(*) FROM canon) AS canon, (SELECT count(*) FROM bad) AS bad,
    (SELECT count(*) FROM malformed) AS malformed, (SELECT count(*) FROM skipped) AS skipped,
    (SELECT count(*) FROM issues) + (SELECT count(*) FROM malformed) AS errors`);
  const n = (k: string) => Number(counts?.[k] ?? 0);
  const firstErrors = await db.rows<{
    line: number;
    column: string | null;
    value: string | null;
    code: string;
    detail: string | null;
  }>(
    `SELECT CAST(_line AS INTEGER) AS line, col AS "column", val AS value, code, detail FROM (
       SELECT _line, col, val, code, detail FROM issues
       UNION ALL SELECT _line, NULL, raw, 'malformed_row', reason FROM malformed)
     ORDER BY _line, "column" NULLS FIRST LIMIT ${options.maxErrors}`,
  );
  return {
    accepted: n('canon') - n('bad'),
    rejected: n('bad') + n('malformed'),
    skipped: n('skipped'),
    errorCount: n('errors'),
    firstErrors,
  };
}

export interface Written {
  columns: { name: string; type: string; storage: string }[];
  platforms: string[];
  period: { start: string | null; end: string | null };
  pseudonymised: number;
}

/** Writes `data.parquet` (typed, pseudonymised) and `rejected.parquet` (rows as received, with every reason). */
export async function writeDataset(
  db: DuckSession,
  spec: DatasetSpec,
  mapping: Mapping,
  outDir: string,
  pseudonymKey: string,
): Promise<Written> {
  const present = spec.columns.filter((c) => mapping.exprs.has(c.name));
  const select = present.map((c) => {
    const typed = sqlIdent(typedName(c.name));
    if (c.name === spec.workerColumn) return `${pseudonymiseSql(pseudonymKey, typed)} AS ${sqlIdent(c.name)}`;
    return `CAST(${typed} AS ${storageType[c.type]}) AS ${sqlIdent(c.name)}`;
  });
  await db.run(`CREATE VIEW accepted AS SELECT * FROM vt WHERE _recno NOT IN (SELECT _recno FROM bad)`);
  await db.run(
    `COPY (SELECT ${select.join(', ')} FROM accepted) TO ${sqlString(join(outDir, datasetFiles.data))} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await writeRejected(db, outDir);

  const worker =
    spec.workerColumn && mapping.exprs.has(spec.workerColumn) ? sqlIdent(spec.workerColumn) : null;
  const scope = ['platform', 'company'].find((c) => mapping.exprs.has(c));
  const time =
    spec.timeColumn && mapping.exprs.has(spec.timeColumn) ? sqlIdent(typedName(spec.timeColumn)) : null;
  const [facts] = await db.rows<{
    platforms: string[] | null;
    start: string | null;
    end: string | null;
    pseudonymised: bigint;
  }>(
    `SELECT ${scope ? `list_sort(list_distinct(list(${sqlIdent(scope)})))` : 'NULL'} AS platforms,
       ${time ? `strftime(min(${time}), '%Y-%m-%dT%H:%M:%S')` : 'NULL'} AS start,
       ${time ? `strftime(max(${time}), '%Y-%m-%dT%H:%M:%S')` : 'NULL'} AS "end",
       ${worker ? `count(*) FILTER (WHERE regexp_full_match(${worker}, '${rawIdentifierPattern}'))` : '0'} AS pseudonymised
     FROM accepted`,
  );
  return {
    columns: present.map((c) => ({ name: c.name, type: c.type, storage: storageType[c.type] })),
    platforms: facts?.platforms ?? [],
    period: { start: facts?.start ?? null, end: facts?.end ?? null },
    pseudonymised: Number(facts?.pseudonymised ?? 0),
  };
}

/** Rejected and skipped rows exactly as the file had them, each with all its reasons in both languages. */
async function writeRejected(db: DuckSession, outDir: string): Promise<void> {
  const templates = Object.entries(ingestErrorCatalogue)
    .map(([code, t]) => `(${sqlString(code)}, ${sqlString(t.zh)}, ${sqlString(t.en)})`)
    .join(', ');
  await db.run(`CREATE TABLE templates AS SELECT * FROM (VALUES ${templates}) t(code, zh, en)`);
  const fill = (lang: string) =>
    `replace(replace(replace(t.${lang}, '{column}', coalesce(i.col, '')), '{value}', coalesce(i.val, '')), '{detail}', coalesce(i.detail, ''))`;
  await db.run(`CREATE TABLE rejected_reasons AS
    SELECT i._recno, any_value(i._line) AS _line,
      list({'column': i.col, 'value': i.val, 'code': i.code, 'message_zh': ${fill('zh')}, 'message_en': ${fill('en')}}) AS _issues
    FROM (SELECT _recno, _line, col, val, code, detail FROM issues
          UNION ALL SELECT _recno, _line, NULL, raw, 'malformed_row', reason FROM malformed
          UNION ALL SELECT _recno, _line, NULL, NULL, 'skipped_by_adapter', reason FROM skipped) i
    JOIN templates t ON t.code = i.code GROUP BY i._recno`);
  await db.run(`COPY (
      SELECT r._line, CASE WHEN s._recno IS NOT NULL THEN 'skipped' ELSE 'rejected' END AS _disposition,
        m.raw AS _raw, r._issues, src.* EXCLUDE (_recno, _line)
      FROM rejected_reasons r
      LEFT JOIN src ON src._recno = r._recno
      LEFT JOIN malformed m ON m._recno = r._recno
      LEFT JOIN skipped s ON s._recno = r._recno
      ORDER BY r._line)
    TO ${sqlString(join(outDir, datasetFiles.rejected))} (FORMAT parquet, COMPRESSION zstd)`);
}
