import type { DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, type DuckSession } from '../duck/session';
import { rowIsBadSql, rowIssuesSql, typedName } from '../validation/checks';
import { DuplicateKeys } from './duplicates';
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

  const duplicates = new DuplicateKeys(spec, ctx.present);
  await duplicates.find(db);
  await db.run('CREATE TABLE held AS SELECT rowid AS rid, _raw FROM vt WHERE _raw IS NOT NULL');
  await duplicates.recoverText(db, source, mapping, { skip, raw, fileCols, timeZone: options.timeZone });
  await db.run(`CREATE TABLE wanted AS SELECT rid FROM held UNION SELECT first_rid FROM dups`);
  await locateRows(db, source, 'vt');

  // The flagged rows once more, from their text, for every issue they have.
  await db.run(`CREATE VIEW bad_text AS SELECT h.rid AS _rid, p._recno, p._line,
      ${source.columns.map((c, i) => `h._raw[${i + 1}] AS ${sqlIdent(c)}`).join(', ')}
    FROM held h JOIN vt ON vt.rowid = h.rid JOIN positions p ON p.rid = h.rid WHERE vt._bad`);
  await db.run(`CREATE VIEW bad_typed AS ${typed(', _rid')} FROM (${canonical('bad_text', ', _rid')})`);
  await db.run(`CREATE TABLE issues AS ${rowIssuesSql(ctx, 'bad_typed')}`);
  await duplicates.report(db, source, mapping);
  const [counts] = await db.rows<Record<string, bigint>>(`SELECT
    (SELECT count(*) FROM vt) AS total, (SELECT count(DISTINCT _rid) FROM issues) AS bad,
    (SELECT count(*) FROM malformed) AS malformed, (SELECT count(*) FROM vt WHERE _skip) AS skipped,
    (SELECT count(*) FROM issues) + (SELECT count(*) FROM malformed) AS errors`);
  const n = (k: string) => Number(counts?.[k] ?? 0);
  const firstErrors = await db.rows<Validation['firstErrors'][number]>(
    `SELECT CAST(_line AS INTEGER) AS line, col AS "column", val AS value, code, detail FROM (
       SELECT p._line, col, val, code, detail FROM issues i JOIN positions p ON p.rid = i._rid
       UNION ALL SELECT _line, NULL, raw, code, reason FROM malformed)
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
