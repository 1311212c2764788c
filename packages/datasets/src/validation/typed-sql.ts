import type { ColumnSpec, ColumnType } from '@gigpact/contracts';
import { datePattern, dateSql, localDateTimePattern, offsetPattern, timestampSql } from './timestamp-sql';

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

/**
 * Money has four decimal places and decimals six. Digits past those are accepted only when they are all zero
 * (`100.000000`, as a DECIMAL(18,6) Parquet column or a database export writes it): the value is then exact.
 */
export const moneyPattern = String.raw`-?\d{1,14}(\.\d{1,4}0*)?`;
const integerPattern = String.raw`-?\d{1,18}`;
export const decimalPattern = String.raw`-?\d{1,12}(\.\d{1,6}0*)?`;

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
      return dateSql(v);
    case 'timestamp':
      return timestampSql(v, zone);
  }
}

/**
 * SQL: the trimmed text `v` is written as a `date` or `timestamp` column's values are, yet names no real day
 * (`2025-09-31`, `2025-02-29 10:00`). The patterns admit only real hours, minutes and seconds, so only the day can
 * be wrong. Refused with its own error, which says the form is right.
 */
export function impossibleDaySql(type: ColumnType, v: string): string | null {
  if (type === 'date') return `regexp_full_match(${v}, '${datePattern}')`;
  if (type === 'timestamp') return `regexp_full_match(${v}, '${localDateTimePattern}(${offsetPattern})?')`;
  return null;
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
