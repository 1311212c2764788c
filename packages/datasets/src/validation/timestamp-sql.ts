import { sqlString } from '../duck/session';

/**
 * ISO 8601 as platforms write it: a date, `T` or a space, `HH:MM`, optional `:SS` and fraction. Anything DuckDB
 * would otherwise guess at (`T24:00`, `2025-9-1 1:2:3`, slashes, a trailing `UTC`, a date alone) is refused. A
 * fraction is stored to the microsecond: up to nine digits (nanoseconds, as Parquet can hold) are read.
 */
export const localDateTimePattern = String.raw`\d{4}-\d{2}-\d{2}[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?`;
/** `Z`, or an offset `±HH`, `±HHMM`, `±HH:MM` of at most 14 hours, written straight after the time. */
export const offsetPattern = String.raw`Z|[+-](0\d|1[0-4])(:?[0-5]\d)?`;
/** A calendar date, and nothing else, in a date column. */
export const datePattern = String.raw`\d{4}-\d{2}-\d{2}`;

/**
 * SQL typing the trimmed text `v` as a wall-clock TIMESTAMP in `zone`, NULL when it is not a timestamp as above.
 * Without an offset the text is already the zone's wall clock; with one it is converted. The pattern comes
 * first: DuckDB's own cast reads `24:00` as the next day and ignores or guesses at much else.
 */
export function timestampSql(v: string, zone: string): string {
  const local = `TRY_CAST(regexp_extract(${v}, '^${localDateTimePattern}') AS TIMESTAMP)`;
  const offsetText = `regexp_extract(${v}, '(${offsetPattern})$')`;
  return `CASE
    WHEN regexp_full_match(${v}, '${localDateTimePattern}') THEN TRY_CAST(${v} AS TIMESTAMP)
    WHEN regexp_full_match(${v}, '${localDateTimePattern}(${offsetPattern})')
      THEN timezone(${sqlString(zone)}, timezone('UTC', ${local} - to_minutes(${offsetMinutesSql(offsetText)})))
  END`;
}

/** Minutes east of UTC of an offset text (`Z`, `+08`, `-0530`, `+05:30`). */
function offsetMinutesSql(offset: string): string {
  const sign = `CASE WHEN ${offset}[1] = '-' THEN -1 ELSE 1 END`;
  const hours = `TRY_CAST(${offset}[2:3] AS INTEGER)`;
  const minutes = `coalesce(TRY_CAST(nullif(replace(${offset}[4:], ':', ''), '') AS INTEGER), 0)`;
  return `CASE WHEN ${offset} = 'Z' THEN 0 ELSE ${sign} * (${hours} * 60 + ${minutes}) END`;
}

/** SQL typing the trimmed text `v` as a DATE: exactly `YYYY-MM-DD`, a real day. */
export function dateSql(v: string): string {
  return `CASE WHEN regexp_full_match(${v}, '${datePattern}') THEN TRY_CAST(${v} AS DATE) END`;
}
