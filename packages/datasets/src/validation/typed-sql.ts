import type { ColumnSpec, ColumnType } from '@gigpact/contracts';
import { sqlString } from '../duck/session';

/** The Parquet type each canonical column type is stored as. Money never becomes a binary float. */
export const storageType: Record<ColumnType, string> = {
  string: 'VARCHAR',
  enum: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  date: 'DATE',
  money: 'DECIMAL(18,4)',
  integer: 'BIGINT',
  decimal: 'DECIMAL(18,6)',
  bool: 'BOOLEAN',
};

const moneyPattern = String.raw`-?\d{1,14}(\.\d{1,4})?`;
const integerPattern = String.raw`-?\d{1,18}`;
const decimalPattern = String.raw`-?\d{1,12}(\.\d{1,6})?`;
/** A time of day followed by an offset: the value names its own zone and is converted to the dataset's. */
const offsetPattern = String.raw`.*\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)`;
/** Spreadsheet habits besides ISO 8601 that are unambiguous. */
const extraTimestampFormats = ['%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M', '%Y/%m/%d'];

/**
 * SQL turning the text `v` (already trimmed, NULL when empty) into the column's storage type, or NULL when the
 * text is not a valid value of that type. Decimal text is cast straight to DECIMAL: it never passes through a
 * double.
 */
export function typedExpr(column: ColumnSpec, v: string, zone: string): string {
  switch (column.type) {
    case 'string':
    case 'enum':
      return v;
    case 'money':
      return `CASE WHEN regexp_full_match(${v}, '${moneyPattern}') THEN CAST(${v} AS DECIMAL(18,4)) END`;
    case 'integer':
      return `CASE WHEN regexp_full_match(${v}, '${integerPattern}') THEN TRY_CAST(${v} AS BIGINT) END`;
    case 'decimal':
      return `CASE WHEN regexp_full_match(${v}, '${decimalPattern}') THEN CAST(${v} AS DECIMAL(18,6)) END`;
    case 'bool':
      return `CASE WHEN lower(${v}) IN ('true', '1') THEN true WHEN lower(${v}) IN ('false', '0') THEN false END`;
    case 'date':
      return `TRY_CAST(${v} AS DATE)`;
    case 'timestamp':
      // Only text that could end in an offset (Z, a +, or a - after the time) is matched against the pattern.
      return `CASE WHEN (suffix(${v}, 'Z') OR contains(${v}, '+') OR ${v} LIKE '%:%-%')
          AND regexp_full_match(${v}, '${offsetPattern}')
        THEN timezone(${sqlString(zone)}, TRY_CAST(${v} AS TIMESTAMPTZ))
        ELSE coalesce(TRY_CAST(${v} AS TIMESTAMP), try_strptime(${v}, [${extraTimestampFormats.map(sqlString).join(', ')}])) END`;
  }
}

/** The code a value that does not parse as its column's type is refused with. */
export function invalidCodeOf(type: ColumnType): string | null {
  switch (type) {
    case 'timestamp':
      return 'invalid_timestamp';
    case 'date':
      return 'invalid_date';
    case 'money':
      return 'invalid_money';
    case 'integer':
      return 'invalid_integer';
    case 'decimal':
      return 'invalid_decimal';
    case 'bool':
      return 'invalid_bool';
    default:
      return null;
  }
}

/** What surrounds a value and is not part of it: spaces, no-break spaces and ideographic (full-width) spaces. */
const blanks = `chr(32) || chr(160) || chr(12288)`;

/**
 * Raw text as the file had it without surrounding blanks; empty text is NULL (a missing value). Values that
 * cannot have a blank at either end (nearly all) pass through without building a new string: trimming every
 * field was the largest single cost of an ingest. The test is a cheap superset (a no-break or full-width space
 * anywhere), the trim itself exact.
 */
export function cleanText(ident: string): string {
  const padded = [
    `${ident} LIKE ' %'`,
    `${ident} LIKE '% '`,
    `contains(${ident}, chr(160))`,
    `contains(${ident}, chr(12288))`,
  ];
  return `nullif(CASE WHEN ${padded.join(' OR ')} THEN trim(${ident}, ${blanks}) ELSE ${ident} END, '')`;
}
