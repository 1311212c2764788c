import { createReadStream } from 'node:fs';
import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { ingestIssue, IngestFileError, ndjsonLineLimit } from '../validation/codes';
import { lineGapsSql } from './line-gaps';

/**
 * What the reading pass learns of an NDJSON file's lines (`NdjsonLineScan`). DuckDB's reader gives one row per line
 * that holds anything but blanks and passes over blank lines, so its rows are numbered after the blank lines are
 * taken out; these put each row back on its physical line.
 */
export interface NdjsonLines {
  /** Physical numbers (1 = first line) of the lines holding nothing but blanks, in order. */
  blank: number[];
  /** How many lines hold something: DuckDB gives each one row (its object, or NULL when it is not valid JSON). */
  filled: number;
  /** The first line longer than DuckDB can read (`ndjsonLineLimit` bytes), or null. */
  tooLong: number | null;
}

/** Bytes DuckDB's JSON reader skips as blanks between documents: space, tab, CR, vertical tab, form feed. */
const isBlank = (byte: number) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0b || byte === 0x0c;

/**
 * Counts an NDJSON file's lines as its bytes stream past (as DuckDB reads them: UTF-8, no byte-order mark). A line
 * ends at LF; a line's first bytes are looked at only until something other than a blank shows up, and the rest
 * of it is passed over with `indexOf`, so the cost is one search per line.
 */
export class NdjsonLineScan {
  private line = 1;
  private filledLine = false;
  private length = 0;
  private readonly result: NdjsonLines = { blank: [], filled: 0, tooLong: null };

  push(bytes: Buffer): void {
    let pos = 0;
    while (pos < bytes.length) {
      if (!this.filledLine) {
        const start = pos;
        while (pos < bytes.length && isBlank(bytes[pos]!)) pos++;
        this.length += pos - start;
        if (pos === bytes.length) return;
        if (bytes[pos] !== 0x0a) this.filledLine = true;
      }
      const newline = bytes.indexOf(0x0a, pos);
      if (newline < 0) {
        this.length += bytes.length - pos;
        return;
      }
      this.length += newline - pos;
      this.endLine();
      pos = newline + 1;
    }
  }

  /** The lines of the whole file. A last line without a newline counts when it holds something. */
  end(): NdjsonLines {
    if (this.filledLine) this.endLine();
    return this.result;
  }

  private endLine(): void {
    if (this.filledLine) this.result.filled++;
    else this.result.blank.push(this.line);
    if (this.length > ndjsonLineLimit && this.result.tooLong === null) this.result.tooLong = this.line;
    this.line++;
    this.filledLine = false;
    this.length = 0;
  }
}

/**
 * Reads an NDJSON file line by line into table `ndjson_raw(json, _bad)`: one row per line that holds anything,
 * `_bad` naming what is wrong with a line that is not one JSON object with each key once (`invalid_json_line`,
 * `json_not_object`, `json_duplicate_key`). Such a line is set aside, as a CSV file's malformed record is, and the
 * others are read. Also table `ndjson_bad(i, _line, code, detail)` (the set-aside lines, `i` being the row of
 * `ndjson_raw`) and `ndjson_blank(line)`. Returns the keys of the good lines, in the order they first appear.
 *
 * DuckDB's reader either stops at the first bad line with an English message whose line number leaves out the
 * blank lines and is one too high, or (with `ignore_errors`) gives the bad line as NULL: the latter is used, and
 * the line numbers come from the reading pass (`NdjsonLineScan`), checked against the rows DuckDB gives.
 */
export async function describeNdjson(
  db: DuckSession,
  path: string,
  lines: NdjsonLines,
  fileName: string,
): Promise<string[]> {
  try {
    await db.run(`CREATE TABLE ndjson_raw AS SELECT json,
        CASE WHEN json IS NULL THEN 'invalid_json_line' WHEN left(json, 1) <> '{' THEN 'json_not_object' END AS _bad
      FROM read_ndjson_objects(${sqlString(path)}, ignore_errors = true)`);
  } catch (error) {
    if (db.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new IngestFileError([ingestIssue('unreadable_file', { detail })], fileName);
  }
  const rows = Number(await db.value<bigint>('SELECT count(*) FROM ndjson_raw'));
  if (rows !== lines.filled) {
    // Never seen: DuckDB split the file into other lines than LF does. Lines could not be named, so nothing is read.
    const detail = `DuckDB 读出 ${rows} 行，文件有 ${lines.filled} 行非空行 / DuckDB read ${rows} lines where the file has ${lines.filled} non-blank lines`;
    throw new IngestFileError([ingestIssue('unreadable_file', { detail })], fileName);
  }
  // The good lines' key lists, each once: usually a handful, so keys and repeated keys are found in one pass.
  await db.run(`CREATE TABLE ndjson_keylists AS
    SELECT keys, min(r) AS first, len(keys) <> len(list_distinct(keys)) AS dup
    FROM (SELECT json_keys(json) AS keys, rowid AS r FROM ndjson_raw WHERE _bad IS NULL) GROUP BY keys`);
  if (await db.value<boolean>('SELECT count(*) > 0 FROM ndjson_keylists WHERE dup'))
    await db.run(`UPDATE ndjson_raw SET _bad = 'json_duplicate_key'
      WHERE _bad IS NULL AND json_keys(json) IN (SELECT keys FROM ndjson_keylists WHERE dup)`);

  await db.run('CREATE TABLE ndjson_blank (line BIGINT)');
  if (lines.blank.length) {
    const appender = await db.connection.createAppender('ndjson_blank');
    for (const line of lines.blank) {
      appender.appendBigInt(BigInt(line));
      appender.endRow();
    }
    appender.closeSync();
  }
  await db.run(`CREATE TABLE ndjson_bad AS
    SELECT b.i, b.i + 1 + coalesce(g.nth, 0) AS _line, b.code, d.detail
    FROM (SELECT rowid AS i, _bad AS code FROM ndjson_raw WHERE _bad IS NOT NULL) b
    ASOF LEFT JOIN (${lineGapsSql('SELECT line FROM ndjson_blank')}) g ON b.i + 1 >= g.adj
    LEFT JOIN (
      SELECT i, string_agg(k, ', ' ORDER BY k) AS detail FROM (
        SELECT i, k FROM (
          SELECT rowid AS i, unnest(json_keys(json)) AS k FROM ndjson_raw WHERE _bad = 'json_duplicate_key')
        GROUP BY i, k HAVING count(*) > 1)
      GROUP BY i) d ON d.i = b.i
    ORDER BY b.i`);
  const keys = await db.rows<{ k: string }>(
    `SELECT k FROM (SELECT unnest(keys) AS k, first FROM ndjson_keylists WHERE NOT dup) GROUP BY k ORDER BY min(first), k`,
  );
  return keys.map((k) => k.k);
}

/** How many lines `describeNdjson` set aside. */
export async function ndjsonBadLines(db: DuckSession): Promise<number> {
  return Number(await db.value<bigint>('SELECT count(*) FROM ndjson_bad'));
}

/**
 * The relation of the good lines' values as text, in file order: one parse of each object for all its columns
 * (a `json_extract_string` per column would parse it once per column).
 */
export function ndjsonRelation(columns: readonly string[]): string {
  if (columns.length === 0) return '(SELECT NULL AS _none FROM ndjson_raw WHERE _bad IS NULL)';
  const paths = columns.map((c) => sqlString(`$."${c.replaceAll('"', '\\"')}"`));
  const values = columns.map((c, i) => `v[${i + 1}] AS ${sqlIdent(c)}`);
  return `(SELECT ${values.join(', ')} FROM (
    SELECT json_extract_string(json, [${paths.join(', ')}]) AS v FROM ndjson_raw WHERE _bad IS NULL))`;
}

/**
 * Table `malformed(_recno, _line, raw, reason, code)` of the set-aside lines, each with its text as the file has
 * it (read again from the file: DuckDB gives no text for a line that is not JSON).
 */
export async function ndjsonMalformed(db: DuckSession, path: string): Promise<void> {
  await db.run('CREATE TABLE ndjson_text (line BIGINT, raw VARCHAR)');
  const bad = await db.rows<{ line: bigint }>('SELECT _line AS line FROM ndjson_bad ORDER BY _line');
  if (bad.length) {
    const appender = await db.connection.createAppender('ndjson_text');
    await readLines(
      path,
      bad.map((b) => Number(b.line)),
      (line, text) => {
        appender.appendBigInt(BigInt(line));
        appender.appendVarchar(text);
        appender.endRow();
      },
    );
    appender.closeSync();
  }
  await db.run(`CREATE TABLE malformed AS
    SELECT b._line AS _recno, b._line AS _line, t.raw, b.detail AS reason, b.code
    FROM ndjson_bad b LEFT JOIN ndjson_text t ON t.line = b._line`);
}

/**
 * Table `positions(rid, _recno, _line)` for the rows in table `wanted(rid)`: row `rid` of the validated table is the
 * `rid + 1`-th good line, after the blank and the set-aside lines before it.
 */
export async function ndjsonPositions(db: DuckSession): Promise<void> {
  const gaps = 'SELECT line FROM ndjson_blank UNION ALL SELECT _line FROM ndjson_bad';
  await db.run(`CREATE TABLE positions AS
    SELECT w.rid, w.rid + 1 + coalesce(g.nth, 0) AS _recno, w.rid + 1 + coalesce(g.nth, 0) AS _line
    FROM wanted w ASOF LEFT JOIN (${lineGapsSql(gaps)}) g ON w.rid + 1 >= g.adj`);
}

/** Calls `onLine` with the text of each of the given lines (sorted, 1 = first) of a UTF-8 file, without its CR. */
async function readLines(
  path: string,
  wanted: readonly number[],
  onLine: (line: number, text: string) => void,
): Promise<void> {
  let next = 0;
  let line = 1;
  let parts: Buffer[] = [];
  const emit = () => {
    const bytes = Buffer.concat(parts);
    const end = bytes.at(-1) === 0x0d ? bytes.length - 1 : bytes.length;
    onLine(line, bytes.subarray(0, end).toString('utf8'));
    parts = [];
    next++;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let pos = 0;
    while (pos < chunk.length && next < wanted.length) {
      const newline = chunk.indexOf(0x0a, pos);
      const end = newline < 0 ? chunk.length : newline;
      if (line === wanted[next]) parts.push(Buffer.from(chunk.subarray(pos, end)));
      if (newline < 0) break;
      if (line === wanted[next]) emit();
      line++;
      pos = newline + 1;
    }
    if (next >= wanted.length) return;
  }
  if (next < wanted.length && line === wanted[next]) emit();
}
