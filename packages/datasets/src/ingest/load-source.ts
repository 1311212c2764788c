import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { parseCsvHeader } from './csv-header';

export type SourceFormat = 'csv' | 'ndjson' | 'parquet';

export interface LoadedSource {
  /** Column names as the file has them; view `src` has these (all VARCHAR) plus `_recno` and `_line`. */
  columns: string[];
  rows: number;
}

/**
 * Loads the staged file into DuckDB as text, with every record's number and physical line. After this, view
 * `src(_recno, _line, <columns>)` holds the well-formed records and table `malformed(_recno, _line, raw, reason)`
 * the records DuckDB could not split into the header's columns.
 */
export async function loadSource(
  db: DuckSession,
  format: SourceFormat,
  path: string,
  head: string,
  onProgress?: (fraction: number) => void,
): Promise<LoadedSource> {
  if (format === 'csv') return loadCsv(db, path, head, onProgress);
  if (format === 'ndjson') return loadNdjson(db, path, onProgress);
  return loadParquet(db, path, onProgress);
}

async function loadCsv(db: DuckSession, path: string, head: string, onProgress?: (f: number) => void) {
  const columns = parseCsvHeader(head);
  const spec = `{${columns.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}}`;
  await db.run(
    `CREATE TABLE src_raw AS SELECT * FROM read_csv(${sqlString(path)}, header = true, auto_detect = false,
       columns = ${spec}, delim = ',', quote = '"', escape = '"', strict_mode = true,
       store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_scan')`,
    onProgress,
  );
  // DuckDB numbers records (header = 1) in its reject table; a good row's record number is its position among
  // good rows plus the rejected records before it, found with an ASOF join on adjusted reject positions.
  await db.run(`CREATE TABLE bad_records AS
    SELECT line AS recno, any_value(csv_line) AS raw, first(error_message ORDER BY column_idx) AS reason,
      row_number() OVER (ORDER BY line) AS nth
    FROM csv_rejects GROUP BY line`);
  const rejects = Number(await db.value<bigint>('SELECT count(*) FROM bad_records'));
  const newlineSum = columns.map(
    (c) => `coalesce(length(${sqlIdent(c)}) - length(replace(${sqlIdent(c)}, chr(10), '')), 0)`,
  );
  const embedded = Number(
    await db.value<bigint | number | null>(`SELECT coalesce(sum(${newlineSum.join(' + ')}), 0) FROM src_raw`),
  );
  const cols = columns.map((c) => `r.${sqlIdent(c)}`).join(', ');
  if (rejects === 0 && embedded === 0) {
    await db.run(`CREATE VIEW src AS SELECT rowid + 2 AS _recno, rowid + 2 AS _line, ${cols} FROM src_raw r`);
    await db.run(
      `CREATE TABLE malformed AS SELECT recno AS _recno, recno AS _line, raw, reason FROM bad_records`,
    );
  } else {
    await db.run(`CREATE TABLE recnos AS
      SELECT r.rowid AS rid, r.rowid + 2 + coalesce(a.nth, 0) AS recno, ${newlineSum.join(' + ')} AS nl
      FROM src_raw r ASOF LEFT JOIN (SELECT recno - (nth - 1) AS adj, nth FROM bad_records) a ON r.rowid + 2 >= a.adj`);
    // A record's physical line is its record number plus the newlines quoted inside the records before it.
    await db.run(`CREATE TABLE line_map AS
      SELECT rid, recno, recno + coalesce(sum(nl) OVER (ORDER BY recno ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS line
      FROM (SELECT rid, recno, nl FROM recnos UNION ALL SELECT NULL, recno, 0 FROM bad_records)`);
    await db.run(`CREATE VIEW src AS SELECT m.recno AS _recno, m.line AS _line, ${cols}
      FROM src_raw r JOIN line_map m ON m.rid = r.rowid`);
    await db.run(`CREATE TABLE malformed AS SELECT b.recno AS _recno, m.line AS _line, b.raw, b.reason
      FROM bad_records b JOIN line_map m ON m.recno = b.recno AND m.rid IS NULL`);
  }
  const rows = Number(await db.value<bigint>('SELECT count(*) FROM src_raw')) + rejects;
  return { columns, rows };
}

async function loadNdjson(db: DuckSession, path: string, onProgress?: (f: number) => void) {
  await db.run(
    `CREATE TABLE src_raw AS SELECT json FROM read_ndjson_objects(${sqlString(path)})`,
    onProgress,
  );
  const keys = await db.rows<{ k: string }>(
    `SELECT k FROM (SELECT unnest(json_keys(json)) AS k, rowid AS r FROM src_raw) GROUP BY k ORDER BY min(r), k`,
  );
  const columns = keys.map((k) => k.k);
  const cols = columns.map(
    (c) => `json_extract_string(json, ${sqlString(`$."${c.replaceAll('"', '\\"')}"`)}) AS ${sqlIdent(c)}`,
  );
  await db.run(
    `CREATE VIEW src AS SELECT rowid + 1 AS _recno, rowid + 1 AS _line${cols.map((c) => `, ${c}`).join('')} FROM src_raw`,
  );
  await db.run('CREATE TABLE malformed (_recno BIGINT, _line BIGINT, raw VARCHAR, reason VARCHAR)');
  return { columns, rows: Number(await db.value<bigint>('SELECT count(*) FROM src_raw')) };
}

async function loadParquet(db: DuckSession, path: string, onProgress?: (f: number) => void) {
  const described = await db.rows<{ column_name: string }>(
    `DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`,
  );
  const columns = described.map((d) => d.column_name);
  const cols = columns.map((c) => `CAST(${sqlIdent(c)} AS VARCHAR) AS ${sqlIdent(c)}`).join(', ');
  // Parquet has no lines: `_line` is the row number, 1 for the first row.
  await db.run(
    `CREATE TABLE src_raw AS SELECT file_row_number + 1 AS _recno, file_row_number + 1 AS _line, ${cols}
     FROM read_parquet(${sqlString(path)}, file_row_number = true)`,
    onProgress,
  );
  await db.run('CREATE VIEW src AS SELECT * FROM src_raw');
  await db.run('CREATE TABLE malformed (_recno BIGINT, _line BIGINT, raw VARCHAR, reason VARCHAR)');
  return { columns, rows: Number(await db.value<bigint>('SELECT count(*) FROM src_raw')) };
}
