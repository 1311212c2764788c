import type { DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { rowIsBadSql, rowIssuesSql, typedName } from '../validation/checks';
import { uniqueKeyOf } from '../validation/relations';
import { locateRows, quotedNewlinesSql, type Source } from './load-source';
import type { Mapping } from './mapping';
import { scanSql } from './scan-sql';

export interface Validation {
  accepted: number;
  rejected: number;
  skipped: number;
  errorCount: number;
  /** Whether any row is held back (rejected or skipped): the accepted rows are then a filtered subset. */
  anyHeld: boolean;
  firstErrors: {
    line: number;
    column: string | null;
    value: string | null;
    code: string;
    detail: string | null;
  }[];
}

/** The file's own column `i` as carried through the scan, apart from the canonical columns of the same name. */
const fileCol = (i: number) => `"_f${i}"`;

/**
 * Validates the whole file in one streaming scan into table `vt`: the canonical columns already typed, `_skip`
 * (the adapter leaves the row out), `_bad` (some check fails) and, only for skipped or bad rows, `_raw` (the row's
 * text as received). Good rows are kept typed and nothing else: no text copy of the file is ever materialised.
 * Then the few flagged rows are examined for their full list of issues, and duplicate ids are found by key.
 *
 * Afterwards: table `issues(_rid, col, val, code, detail)`, `held(rid, _raw)` (rows not accepted, with their
 * text), `dups(rid)`, `malformed` and `positions(rid, _recno, _line)` for every row mentioned in an issue.
 */
export async function validateSource(
  db: DuckSession,
  source: Source,
  spec: DatasetSpec,
  mapping: Mapping,
  options: {
    timeZone: string;
    now?: string;
    maxErrors: number;
    platform?: string;
    onProgress?: (fraction: number) => void;
  },
): Promise<Validation> {
  const { present, ctx, canonical, typed } = scanSql(spec, mapping, options);
  const skip = mapping.skip ? `coalesce(${mapping.skip.when}, false)` : 'false';
  const fileCols = source.columns.map((c, i) => `${sqlIdent(c)} AS ${fileCol(i)}`);
  const raw = `[${source.columns.map((_, i) => fileCol(i)).join(', ')}]`;
  const nl = source.mayHaveQuotedNewlines
    ? `, ${quotedNewlinesSql(source.columns.map((c) => sqlIdent(c)))} AS _nl`
    : '';
  const carried = source.columns.map((_, i) => fileCol(i)).join(', ');
  // Why the adapter leaves a row out, kept only when there is an adapter that does.
  const why = mapping.skip ? `, CASE WHEN ${skip} THEN ${mapping.skip.reason} END AS _why` : '';
  const whyCol = why ? ', _why' : '';
  await db.run(
    `CREATE TABLE vt AS
     SELECT ${present.map((c) => `${sqlIdent(typedName(c.name))} AS ${sqlIdent(c.name)}`).join(', ')},
       _skip, _bad, CASE WHEN _bad OR _skip THEN ${raw} END AS _raw${nl ? ', _nl' : ''}${whyCol}
     FROM (SELECT *, NOT _skip AND ${rowIsBadSql(ctx)} AS _bad FROM (
       ${typed(`, _skip, ${carried}${nl ? ', _nl' : ''}${whyCol}`)} FROM (
         ${canonical(source.from('first'), `, ${skip} AS _skip, ${fileCols.join(', ')}${nl}${why}`)})))`,
    options.onProgress,
  );

  const key = uniqueKeyOf(spec.columns);
  const keyed = key.length > 0 && key.every((k) => ctx.present.has(k));
  const keyMatch = (a: string, b: string) => key.map((k) => `${a}.${sqlIdent(k)} = ${b}.${sqlIdent(k)}`);
  if (keyed) {
    const keys = key.map(sqlIdent).join(', ');
    await db.run(`CREATE TABLE dup_keys AS SELECT ${keys}, min(rowid) AS first_rid FROM vt
      WHERE NOT _skip AND ${key.map((k) => `${sqlIdent(k)} IS NOT NULL`).join(' AND ')}
      GROUP BY ALL HAVING count(*) > 1`);
    await db.run(`CREATE TABLE dups AS SELECT v.rowid AS rid, d.first_rid, v._raw IS NULL AS needs_raw
      FROM vt v JOIN dup_keys d ON ${keyMatch('v', 'd').join(' AND ')} AND v.rowid > d.first_rid`);
  } else await db.run('CREATE TABLE dups (rid BIGINT, first_rid BIGINT, needs_raw BOOLEAN)');

  await db.run('CREATE TABLE held AS SELECT rowid AS rid, _raw FROM vt WHERE _raw IS NOT NULL');
  if (keyed && Number(await db.value<bigint>('SELECT count(*) FROM dups WHERE needs_raw')) > 0) {
    await recoverDuplicateText(db, source, mapping, key, skip, raw, fileCols);
  }
  await db.run(`CREATE TABLE wanted AS SELECT rid FROM held UNION SELECT first_rid FROM dups`);
  await locateRows(db, source, 'vt');

  // The flagged rows once more, from their text, for every issue they have.
  await db.run(`CREATE VIEW bad_text AS SELECT h.rid AS _rid, p._recno, p._line,
      ${source.columns.map((c, i) => `h._raw[${i + 1}] AS ${sqlIdent(c)}`).join(', ')}
    FROM held h JOIN vt ON vt.rowid = h.rid JOIN positions p ON p.rid = h.rid WHERE vt._bad`);
  await db.run(`CREATE VIEW bad_typed AS ${typed(', _rid')} FROM (${canonical('bad_text', ', _rid')})`);
  await db.run(`CREATE TABLE issues AS ${rowIssuesSql(ctx, 'bad_typed')}`);
  if (keyed) {
    const keyColumn = key.at(-1)!;
    await db.run(`INSERT INTO issues SELECT d.rid, ${sqlString(keyColumn)}, v.${sqlIdent(keyColumn)},
        'duplicate_id', CAST(p._line AS VARCHAR)
      FROM dups d JOIN vt v ON v.rowid = d.rid JOIN positions p ON p.rid = d.first_rid`);
  }
  const [counts] = await db.rows<Record<string, bigint>>(`SELECT
    (SELECT count(*) FROM vt) AS total, (SELECT count(DISTINCT _rid) FROM issues) AS bad,
    (SELECT count(*) FROM malformed) AS malformed, (SELECT count(*) FROM vt WHERE _skip) AS skipped,
    (SELECT count(*) FROM issues) + (SELECT count(*) FROM malformed) AS errors`);
  const n = (k: string) => Number(counts?.[k] ?? 0);
  const firstErrors = await db.rows<Validation['firstErrors'][number]>(
    `SELECT CAST(_line AS INTEGER) AS line, col AS "column", val AS value, code, detail FROM (
       SELECT p._line, col, val, code, detail FROM issues i JOIN positions p ON p.rid = i._rid
       UNION ALL SELECT _line, NULL, raw, 'malformed_row', reason FROM malformed)
     ORDER BY _line, "column" NULLS FIRST LIMIT ${options.maxErrors}`,
  );
  return {
    accepted: n('total') - n('bad') - n('skipped'),
    rejected: n('bad') + n('malformed'),
    skipped: n('skipped'),
    errorCount: n('errors'),
    anyHeld: n('bad') + n('skipped') > 0,
    firstErrors,
  };
}

/**
 * A later duplicate of an id can be a perfectly valid row, so the scan kept no text of it. The file is read once
 * more for just the rows with a duplicated id; the k-th such row of an id in the file is the k-th in `vt`.
 */
async function recoverDuplicateText(
  db: DuckSession,
  source: Source,
  mapping: Mapping,
  key: string[],
  skip: string,
  raw: string,
  fileCols: string[],
): Promise<void> {
  const keys = key.map(sqlIdent).join(', ');
  const keyExprs = key.map((k) => `${mapping.exprs.get(k)} AS ${sqlIdent(k)}`).join(', ');
  await db.run(`CREATE TABLE dup_text AS SELECT ${keys}, ${raw} AS _raw FROM (
      SELECT ${keyExprs}, ${skip} AS _skip, ${fileCols.join(', ')} FROM ${source.from('again')}) x
    WHERE NOT _skip AND EXISTS (SELECT 1 FROM dup_keys d WHERE ${key.map((k) => `d.${sqlIdent(k)} = x.${sqlIdent(k)}`).join(' AND ')})`);
  const order = (alias: string, id: string) =>
    `row_number() OVER (PARTITION BY ${key.map((k) => `${alias}.${sqlIdent(k)}`).join(', ')} ORDER BY ${id})`;
  await db.run(`INSERT INTO held
    SELECT v.rid, t._raw FROM
      (SELECT v.rowid AS rid, ${key.map((k) => `v.${sqlIdent(k)}`).join(', ')}, ${order('v', 'v.rowid')} AS k
       FROM vt v JOIN dup_keys d ON ${key.map((k) => `v.${sqlIdent(k)} = d.${sqlIdent(k)}`).join(' AND ')}
       WHERE NOT v._skip) v
    JOIN (SELECT t.*, ${order('t', 't.rowid')} AS k FROM dup_text t) t
      ON ${key.map((k) => `v.${sqlIdent(k)} = t.${sqlIdent(k)}`).join(' AND ')} AND v.k = t.k
    WHERE v.rid IN (SELECT rid FROM dups WHERE needs_raw)`);
}
