import { DuckSession, sqlIdent, sqlString } from '../duck/session';
import { parseCsvHeader } from './csv-header';
import { lineGapsSql } from './line-gaps';
import {
  describeNdjson,
  ndjsonBadLines,
  ndjsonMalformed,
  ndjsonPositions,
  ndjsonRelation,
  type NdjsonLines,
} from './ndjson';

export type SourceFormat = 'csv' | 'ndjson' | 'parquet';

/**
 * A file DuckDB reads as text columns. The file is not copied into a table: `from()` is a relation that the single
 * validating scan reads straight from the file. Row positions are the scan's insertion order (DuckDB keeps it),
 * so the validated table's `rowid` is a record's position among the well-formed records.
 */
export interface Source {
  format: SourceFormat;
  /** Column names as the file has them. */
  columns: string[];
  /** A relation of the file's columns (all VARCHAR), with `_recno` too when `open(…, withRecno)` asked for it. */
  from(scan?: 'first' | 'again'): string;
  /** Whether a quoted field may hold a newline, so physical lines and record numbers can differ. */
  mayHaveQuotedNewlines: boolean;
  /** Lines set aside before the scan (NDJSON lines that are not one JSON object): the exact path reports them. */
  setAside: number;
  /** The file DuckDB reads. */
  path: string;
}

export interface SourceFile {
  format: SourceFormat;
  path: string;
  head: string;
  /** False when the file has no `"` at all: then no record spans two lines. */
  hasQuotes: boolean;
  /** NDJSON: its lines as the reading pass counted them. */
  lines?: NdjsonLines;
  /** The file's name as the user gave it, for file-level errors. */
  name?: string;
}

/** Columns of the file, without reading more than its header (CSV, Parquet) or its keys (NDJSON). */
export async function describeSource(db: DuckSession, file: SourceFile): Promise<string[]> {
  if (file.format === 'csv') return parseCsvHeader(file.head);
  if (file.format === 'parquet') {
    const described = await db.rows<{ column_name: string }>(
      `DESCRIBE SELECT * FROM read_parquet(${sqlString(file.path)})`,
    );
    return described.map((d) => d.column_name);
  }
  if (!file.lines) throw new Error('an NDJSON file is read with the lines its reading pass counted');
  return describeNdjson(db, file.path, file.lines, file.name ?? file.path);
}

/**
 * Whether DuckDB reads every value of a Parquet file, in a session of its own: a scan that failed on a file that
 * reads whole failed for another reason than the file.
 */
export async function readsWholeParquet(path: string, tempDirectory: string): Promise<boolean> {
  const db = await DuckSession.open({ tempDirectory });
  try {
    await db.run(`SELECT max(length(CAST(COLUMNS(*) AS VARCHAR))) FROM read_parquet(${sqlString(path)})`);
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Opens the file as a relation. `withRecno` is for adapters whose columns use the record number (`_recno`): a
 * CSV is then loaded into a table first, because a streaming CSV scan has no row numbers.
 */
export async function openSource(
  db: DuckSession,
  file: SourceFile,
  columns: string[],
  withRecno: boolean,
  onProgress?: (fraction: number) => void,
): Promise<Source> {
  const base = { format: file.format, columns, mayHaveQuotedNewlines: false, setAside: 0, path: file.path };
  if (file.format === 'parquet') {
    const cols = columns.map((c) => `CAST(${sqlIdent(c)} AS VARCHAR) AS ${sqlIdent(c)}`).join(', ');
    // Parquet has no lines: a record's number is its row number, 1 for the first row.
    const from = `(SELECT file_row_number + 1 AS _recno, ${cols}
      FROM read_parquet(${sqlString(file.path)}, file_row_number = true))`;
    return { ...base, from: () => from };
  }
  if (file.format === 'ndjson') {
    const from = ndjsonRelation(columns);
    return { ...base, setAside: await ndjsonBadLines(db), from: () => from };
  }
  const spec = `{${columns.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}}`;
  const readCsv = (rejects: boolean) =>
    `read_csv(${sqlString(file.path)}, header = true, auto_detect = false, columns = ${spec}, delim = ',',
       quote = '"', escape = '"', strict_mode = true, ${
         rejects
           ? `store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_scan'`
           : 'ignore_errors = true'
       })`;
  const csv = { ...base, mayHaveQuotedNewlines: file.hasQuotes };
  if (!withRecno) return { ...csv, from: (scan = 'first') => readCsv(scan === 'first') };
  await db.run(`CREATE TABLE csv_raw AS SELECT * FROM ${readCsv(true)}`, onProgress);
  await db.run(`CREATE TABLE csv_recnos AS SELECT r.rowid AS rid, r.rowid + 2 + coalesce(a.nth, 0) AS recno
    FROM csv_raw r ASOF LEFT JOIN (${rejectedRecordsSql()}) a ON r.rowid + 2 >= a.adj`);
  const from = `(SELECT n.recno AS _recno, r.* FROM csv_raw r JOIN csv_recnos n ON n.rid = r.rowid ORDER BY r.rowid)`;
  return { ...csv, from: () => from };
}

/**
 * DuckDB numbers the records it rejects (header = 1). A good record's number is its position among good records
 * plus the rejected records before it: `adj` is where the n-th rejected record falls among good positions.
 */
function rejectedRecordsSql(): string {
  return lineGapsSql('SELECT DISTINCT line FROM csv_rejects');
}

/** Table `malformed` (below) for a file with no malformed record. */
export const emptyMalformedSql =
  'CREATE TABLE malformed (_recno BIGINT, _line BIGINT, raw VARCHAR, reason VARCHAR, code VARCHAR)';

/**
 * After the validating scan: table `malformed(_recno, _line, raw, reason, code)` for the records DuckDB could not
 * split into the header's columns (NDJSON: the lines set aside, `ndjson.ts`), and table
 * `positions(rid, _recno, _line)` for the rows in table `wanted(rid)`.
 * `nlColumn` is the validated table's per-row count of newlines inside quoted fields, when there can be any.
 */
export async function locateRows(db: DuckSession, source: Source, table: string): Promise<void> {
  if (source.format === 'ndjson') {
    await ndjsonMalformed(db, source.path);
    await ndjsonPositions(db);
    return;
  }
  if (source.format !== 'csv') {
    await db.run(emptyMalformedSql);
    await db.run(`CREATE TABLE positions AS SELECT rid, rid + 1 AS _recno, rid + 1 AS _line FROM wanted`);
    return;
  }
  await db.run(`CREATE TABLE bad_records AS
    SELECT line AS recno, any_value(csv_line) AS raw, first(error_message ORDER BY column_idx) AS reason
    FROM csv_rejects GROUP BY line`);
  const rejects = Number(await db.value<bigint>('SELECT count(*) FROM bad_records'));
  const embedded = source.mayHaveQuotedNewlines
    ? Number(await db.value<bigint | null>(`SELECT coalesce(sum(_nl), 0) FROM ${table}`))
    : 0;
  if (rejects === 0 && embedded === 0) {
    await db.run(
      `CREATE TABLE malformed AS SELECT recno AS _recno, recno AS _line, raw, ${spannedReason('recno')} AS reason,
       ${malformedCode()} AS code FROM bad_records`,
    );
    await db.run(`CREATE TABLE positions AS SELECT rid, rid + 2 AS _recno, rid + 2 AS _line FROM wanted`);
    return;
  }
  // The rare case: rejected records or newlines inside quotes shift lines, so every record's line is computed.
  const nl = embedded ? 't._nl' : '0';
  await db.run(`CREATE TABLE line_map AS
    SELECT rid, recno,
      CAST(recno + coalesce(sum(nl) OVER (ORDER BY recno ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS line
    FROM (
      SELECT t.rowid AS rid, t.rowid + 2 + coalesce(a.nth, 0) AS recno, ${nl} AS nl
      FROM ${table} t ASOF LEFT JOIN (${rejectedRecordsSql()}) a ON t.rowid + 2 >= a.adj
      UNION ALL SELECT NULL, recno, 0 FROM bad_records)`);
  await db.run(`CREATE TABLE malformed AS SELECT b.recno AS _recno, m.line AS _line, b.raw,
      ${spannedReason('m.line', 'b.')} AS reason,
      ${malformedCode('b.')} AS code FROM bad_records b JOIN line_map m ON m.recno = b.recno AND m.rid IS NULL`);
  await db.run(`CREATE TABLE positions AS SELECT m.rid, m.recno AS _recno, m.line AS _line
    FROM line_map m JOIN wanted w ON w.rid = m.rid`);
}

/**
 * Why DuckDB's CSV reader set a record aside, as an error code: bytes that are not UTF-8 in a file read as UTF-8
 * (as its first chunk read was) have their own error, saying how to read the file instead; any other is a
 * malformed row.
 */
function malformedCode(of = ''): string {
  return `CASE WHEN starts_with(${of}reason, 'Invalid unicode') THEN 'not_utf8_row' ELSE 'malformed_row' END`;
}

/**
 * A malformed record's reason, with the lines it runs over when it holds line breaks: a quote left open takes in
 * every line after it up to the next quote (often the rest of the file), and those rows are in no count but this.
 */
function spannedReason(line: string, of = ''): string {
  const text = `rtrim(${of}raw, chr(13) || chr(10))`;
  const breaks = `(length(${text}) - length(replace(${text}, chr(10), '')))`;
  return `CASE WHEN ${breaks} > 0
    THEN ${of}reason || '; the record runs from line ' || ${line} || ' to line ' || (${line} + ${breaks})
      || ' (' || (${breaks} + 1) || ' lines: a quote left open takes in the lines after it)'
    ELSE ${of}reason END`;
}

/** Newlines inside one record's fields (only counted when the file has quotes at all; most fields have none). */
export function quotedNewlinesSql(columns: readonly string[]): string {
  return columns
    .map(
      (c) =>
        `CASE WHEN contains(${c}, chr(10)) THEN length(${c}) - length(replace(${c}, chr(10), '')) ELSE 0 END`,
    )
    .join(' + ');
}
