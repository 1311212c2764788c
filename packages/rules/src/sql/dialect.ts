import type { ValueType } from '../ir/types';

/**
 * The default SQL dialect (standard SQL as DuckDB and PostgreSQL read it). A dialect subclasses this and
 * overrides only what differs; the query assembly never asks which dialect it has, only what it can do.
 */
export class SqlDialect {
  readonly name: string = 'standard';
  /** Whether `x IS TRUE` exists; otherwise the dialect spells it with ifNull. */
  readonly supportsIsTrue: boolean = true;
  /** Whether `name AS MATERIALIZED (...)` computes a CTE once for all its readers. */
  readonly supportsMaterializedCte: boolean = true;
  /**
   * Written before a CTE that every reader should compute for itself (a scan is cheaper than storing all
   * rows); empty where the engine decides alone.
   */
  readonly inlinedCte: string = '';
  /** Whether a SELECT list may hold a subquery that reads the outer row. */
  readonly supportsCorrelatedSubqueries: boolean = true;
  /** Whether the readers' filters of a materialised CTE are applied while it is computed. */
  readonly pushesFiltersIntoCtes: boolean = false;
  /**
   * Whether a relation's alias used as a value is its row as a struct, which `list()` collects and `unnest`
   * spreads back into columns (DuckDB): one pass can then both count rows and keep the few it flags.
   */
  readonly supportsRowStructs: boolean = false;
  /**
   * Whether a worker's rows in start order are sorted once and read in that order by streaming windows, each
   * running value restarting at a worker (or a worker's day) through `segmentKey` (DuckDB), instead of a
   * partitioned window per pass. A group clause per worker and day then rides in a block clause's pass.
   */
  readonly streamsWorkerTimeline: boolean = false;
  /**
   * Whether a comparison of decimals is made in 64-bit integer counts of 10^-12 for the rows whose values keep
   * it within 64 bits (integer columns within ±1,000,000, spans of time within 366 days), and in decimals for
   * the others (DuckDB, whose decimals of 38 digits are 128-bit and slow); see `fixedPoint`.
   */
  readonly comparesInFixedPoint: boolean = false;
  /**
   * The decimal type in which canonical data stores a column of `places` decimal places (money: 4), where
   * comparing in it is faster than in the rules' decimals; undefined elsewhere.
   */
  storedDecimal(_places: number): string | undefined {
    return undefined;
  }

  /** Where `comparesInFixedPoint`: minutes in a number of microseconds as a 64-bit count of 10^-12 minutes. */
  picoMinutes(_micros: string): string {
    throw new Error(`${this.name} does not compare in fixed point`);
  }

  /** Where `comparesInFixedPoint`: a decimal from its 64-bit count of 10^-12. */
  fromPicoUnits(_count: string): string {
    throw new Error(`${this.name} does not compare in fixed point`);
  }

  /** Where `comparesInFixedPoint`: the quotient of two 64-bit integers, truncated toward zero. */
  integerQuotient(_dividend: string, _divisor: string): string {
    throw new Error(`${this.name} does not compare in fixed point`);
  }

  quote(identifier: string): string {
    return `"${identifier.replaceAll('"', '""')}"`;
  }

  /** The placeholder of the n-th bound value (1-based). */
  placeholder(index: number, _type: ValueType): string {
    return `$${index}`;
  }

  typeName(type: ValueType): string {
    switch (type) {
      case 'int':
        return 'BIGINT';
      case 'decimal':
        return 'DECIMAL(38,12)';
      case 'bool':
        return 'BOOLEAN';
      case 'timestamp':
        return 'TIMESTAMP';
      case 'date':
        return 'DATE';
      default:
        return 'VARCHAR';
    }
  }

  cast(sql: string, type: ValueType): string {
    return `CAST(${sql} AS ${this.typeName(type)})`;
  }

  /**
   * A bound decimal value, given the places it has (at most 12): the decimal type by default; a dialect whose
   * products are exact at the sum of their operands' scales may keep the value's own scale, so that multiplying
   * by it needs no rounding back to 12 places.
   */
  castBoundDecimal(placeholder: string, _places: number): string {
    return this.cast(placeholder, 'decimal');
  }

  /** An integer where a decimal is wanted. */
  intAsDecimal(sql: string): string {
    return this.cast(sql, 'decimal');
  }

  /** A row's verdict as a status: 0 when it is empty (unchecked), 1 when false, 2 when true (a finding). */
  status(verdict: string): string {
    return `CASE WHEN (${verdict}) IS NULL THEN 0 WHEN ${this.isTrue(verdict)} THEN 2 ELSE 1 END`;
  }

  isTrue(sql: string): string {
    return `(${sql}) IS TRUE`;
  }

  /**
   * Exact division in steps that each read the previous step's columns, or undefined when `divide` is exact
   * in one expression. Each step is a list of `expression AS name`; `result` names the quotient's column.
   * With `where`, only the rows where it holds are divided (the others' quotient is empty).
   */
  divisionSteps(
    _dividend: string,
    _divisor: string,
    _id: string,
    _where?: string,
  ): { projections: string[]; result: string } | undefined {
    return undefined;
  }

  /**
   * Minutes in a whole number of microseconds (micros / 60,000,000, truncated at 12 places), when the dialect
   * has a faster exact form than a general division; undefined otherwise.
   */
  minutesFromMicros(_micros: string): string | undefined {
    return undefined;
  }

  /**
   * Exact division by a divisor known to be a whole number from 1 to 1,000,000 (a literal or a parameter: the
   * rider's speed, minutes per hour), when the dialect has a faster form than `divisionSteps`; undefined
   * otherwise. Truncated at 12 places as every quotient.
   */
  divideByWholeNumber(_dividend: string, _divisor: string): string | undefined {
    return undefined;
  }

  /**
   * What a row that begins a segment (a worker, a worker's day) adds to the running sum that is its segment's
   * base in `segmentKey`. Only where `streamsWorkerTimeline`.
   */
  readonly segmentUnit: string = '';

  /**
   * A timestamp as a key whose running maximum over rows in order restarts at each segment: the segment's
   * base, which only grows in that order, above the timestamp.
   */
  segmentKey(_base: string, _timestamp: string): string {
    throw new Error(`${this.name} does not stream a worker timeline`);
  }

  /**
   * The parts of a streamed worker timeline, as conditions on the hash of the worker's id (`__bh`): each part
   * is sorted and streamed on its own, every row of a worker in the same part, so that the parts' streaming
   * windows, which run on one thread each, run side by side. `count` is the number of parts asked for
   * (`CompileOptions.timelineParts`; the dialect's own choice when not); here always one part, the whole
   * timeline. Only where `streamsWorkerTimeline`.
   */
  timelineParts(_count?: number): readonly string[] {
    return ['TRUE'];
  }

  /** A 64-bit hash of a worker's id (never empty), the first key of the worker timeline's one sort. */
  workerHash(_worker: string): string {
    throw new Error(`${this.name} does not stream a worker timeline`);
  }

  /** The timestamp in a running maximum of `segmentKey`, when that maximum is of the row's own segment. */
  fromSegmentKey(_key: string, _base: string): string {
    throw new Error(`${this.name} does not stream a worker timeline`);
  }

  /**
   * `minutes(micros) op constant` (`op` a SQL comparison: < <= > >= = <>, the constant an int or decimal), where the
   * dialect can compare without building the minutes' decimal; undefined to compare the decimals.
   */
  compareMinutes(_micros: string, _op: string, _constant: string, _type: ValueType): string | undefined {
    return undefined;
  }

  /** Exact decimal division truncated at 12 places; null when the divisor is zero. */
  divide(dividend: string, divisor: string): string {
    const scaled = (x: string) => `CAST(${this.cast(x, 'decimal')} * 1000000000000 AS HUGEINT)`;
    return `(CAST(${scaled(dividend)} * 1000000000000 // NULLIF(${scaled(divisor)}, 0) AS DECIMAL(38,0)) * CAST(0.000000000001 AS DECIMAL(38,12)))`;
  }

  /** Wall-clock microseconds since 1970 of a timestamp, as an integer. */
  epochMicros(timestamp: string): string {
    return `epoch_us(${timestamp})`;
  }

  truncate(unit: 'day' | 'week' | 'month', timestamp: string): string {
    return unit === 'day'
      ? `CAST(${timestamp} AS DATE)`
      : `CAST(date_trunc('${unit}', ${timestamp}) AS DATE)`;
  }

  addDays(time: string, days: string, type: ValueType): string {
    return this.cast(`${time} + to_days(CAST(${days} AS INTEGER))`, type);
  }

  addMinutes(time: string, minutes: string): string {
    return `(${time} + to_minutes(CAST(${minutes} AS BIGINT)))`;
  }

  concat(parts: string[]): string {
    return parts.map((p) => this.cast(p, 'string')).join(` || '|' || `);
  }

  listOf(items: string[]): string {
    return `[${items.join(', ')}]`;
  }

  /** Equality that holds between two empty values too. */
  sameValue(a: string, b: string): string {
    return `${a} IS NOT DISTINCT FROM ${b}`;
  }

  /** The first `limit` values of `item` in ascending order (duplicates kept), as a list. */
  listAgg(item: string, limit: number): string {
    return `min(${item}, ${limit})`;
  }

  /** The distinct items of two lists in order (an empty list counting as none). */
  sortedUnion(a: string, b: string): string {
    return `list_sort(list_distinct(list_concat(${a}, ${b})))`;
  }

  quantile(value: string, fraction: string): string {
    return `quantile_disc(${value}, ${fraction})`;
  }

  /** A JSON object of text values (exact decimals survive as text). */
  jsonObject(pairs: [string, string][]): string {
    const inner = pairs.map(([key, value]) => `'${key}', ${this.cast(value, 'string')}`).join(', ');
    return `CAST(json_object(${inner}) AS VARCHAR)`;
  }

  countDistinct(value: string): string {
    return `COUNT(DISTINCT ${value})`;
  }
}
