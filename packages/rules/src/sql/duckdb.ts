import type { ValueType } from '../ir/types';
import { SqlDialect } from './dialect';

const decimal = 'DECIMAL(38,12)';
/**
 * Whole digits of every decimal (38 − 12). Values of a smaller scale keep this many, so that DuckDB's common
 * type of two decimals (e.g. in COALESCE or a comparison) is always DECIMAL(38,12) and never drops places.
 */
const wholeDigits = 26;

/**
 * DuckDB, the audit engine. Its decimal division answers in DOUBLE and HUGEINT division is slow, so a
 * quotient is estimated in floating point and made exact with decimal multiplications, which DuckDB does
 * exactly and fast: the whole part n, then the twelve fractional digits f, each corrected by one step
 * (the estimates are within one unit while |n| < 2^52). Truncation toward zero, as in every dialect.
 */
export class DuckDbDialect extends SqlDialect {
  override readonly name = 'duckdb';
  override readonly pushesFiltersIntoCtes = true;
  override readonly supportsRowStructs = true;
  override readonly streamsWorkerTimeline = true;
  override readonly comparesInFixedPoint: boolean = true;

  /** 18 digits: a 64-bit integer, compared as one. */
  override storedDecimal(places: number): string | undefined {
    return `DECIMAL(18,${places})`;
  }
  // DuckDB stores a CTE read twice; the source and a group's rows are cheaper to scan again.
  override readonly inlinedCte = 'NOT MATERIALIZED ';

  /** A bound value keeps its own scale: `x * 60` stays at x's scale instead of a slow rounding from 24 places. */
  override castBoundDecimal(placeholder: string, places: number): string {
    return `CAST(${placeholder} AS DECIMAL(${wholeDigits + places},${places}))`;
  }

  /** Scale 0, so that products with it need no rounding. */
  override intAsDecimal(sql: string): string {
    return `CAST(${sql} AS DECIMAL(${wholeDigits},0))`;
  }

  /** The verdict is evaluated once: true → 2, false → 1, empty → 0. */
  override status(verdict: string): string {
    return `COALESCE(CAST(${verdict} AS INTEGER) + 1, 0)`;
  }

  /** micros × 10^12 / (6 × 10^7) = micros × 10^5 / 6 in 64-bit integers: exact for spans under 1,000 days. */
  override minutesFromMicros(micros: string): string {
    return this.fromPicoUnits(picoMinutes(micros));
  }

  /**
   * Minutes are whole multiples of 10^-12 (`minutesFromMicros`), and so is a constant of at most 12 places:
   * the two compare exactly as 64-bit counts of 10^-12 minutes against the constant times 10^12 (a 128-bit
   * integer, taken once per vector as the constant does not change).
   */
  override compareMinutes(micros: string, op: string, constant: string, type: ValueType): string {
    const scaled =
      type === 'int'
        ? `(CAST(${constant} AS HUGEINT) * 1000000000000)`
        : `(CAST(trunc(${constant}) AS HUGEINT) * 1000000000000 + CAST((${constant} - trunc(${constant})) * 1000000000000 AS HUGEINT))`;
    return `(${picoMinutes(micros)} ${op} ${scaled})`;
  }

  /** 2^64: a running sum of it over the rows that begin a segment is the segment's number in the high half. */
  override readonly segmentUnit = `CAST('18446744073709551616' AS HUGEINT)`;

  /**
   * (segment, timestamp) as one HUGEINT: the segment's base (its number in the high 64 bits), plus the
   * timestamp's microseconds offset by 2^63 in the low ones. A running maximum is of the row's segment exactly
   * when it is at least that segment's base, as segments only grow in row order.
   */
  override segmentKey(base: string, timestamp: string): string {
    return `(${base} + (CAST(epoch_us(${timestamp}) AS HUGEINT) + ${twoTo63}))`;
  }

  override picoMinutes(micros: string): string {
    return picoMinutes(micros);
  }

  override fromPicoUnits(count: string): string {
    return `(CAST(${count} AS DECIMAL(38,0)) * CAST(0.000000000001 AS ${decimal}))`;
  }

  override integerQuotient(dividend: string, divisor: string): string {
    return `(${dividend} // ${divisor})`;
  }

  /**
   * The workers in `count` equal ranges of the hash of their ids (one per thread the statement runs on is
   * what keeps every core busy; one part on a single thread, where more parts only add sorts). Two halves
   * when not asked: DuckDB's threads on the two-core machines the product is sized for.
   */
  override timelineParts(count = 2): readonly string[] {
    if (!Number.isInteger(count) || count < 1 || count > 64)
      throw new RangeError(`a worker timeline has 1 to 64 parts, not ${count}`);
    if (count === 1) return ['TRUE'];
    const bound = (k: number) => ((2n ** 64n * BigInt(k)) / BigInt(count)).toString();
    return Array.from({ length: count }, (_, k) =>
      k === 0
        ? `__bh < ${bound(1)}`
        : k === count - 1
          ? `__bh >= ${bound(k)}`
          : `__bh >= ${bound(k)} AND __bh < ${bound(k + 1)}`,
    );
  }

  override workerHash(worker: string): string {
    return `hash(${worker})`;
  }

  override fromSegmentKey(key: string, base: string): string {
    return `CASE WHEN ${key} >= ${base} THEN make_timestamp(CAST(${key} - ${base} - ${twoTo63} AS BIGINT)) END`;
  }

  /**
   * Below 1,000 the dividend's 12-place integer X = x·10^12 (under 2^53) comes back exactly from floating
   * point (round(double(x)·10^12) is within 0.22 of X), and X // k truncates like every quotient, in 64-bit
   * integers: one expression instead of four projections. Larger dividends take the general HUGEINT division
   * (only they evaluate that branch).
   */
  override divideByWholeNumber(dividend: string, divisor: string): string {
    const x = `CAST(${dividend} AS ${decimal})`;
    const small = `CAST(CAST(round(CAST(${x} AS DOUBLE) * 1e12) AS BIGINT) // CAST(${divisor} AS BIGINT) AS DECIMAL(38,0)) * CAST(0.000000000001 AS ${decimal})`;
    return `(CASE WHEN abs(${x}) < 1000 THEN ${small} ELSE ${this.divide(x, divisor)} END)`;
  }

  override divisionSteps(
    dividend: string,
    divisor: string,
    id: string,
    where?: string,
  ): { projections: string[]; result: string } {
    const [x, y, n, f, q] = ['x', 'y', 'n', 'f', 'q'].map((p) => `__${p}${id}`) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const ax = `abs(${x})`;
    const ay = `abs(${y})`;
    const n0 = `CAST(floor(CAST(${ax} AS DOUBLE) / CAST(${ay} AS DOUBLE)) AS DECIMAL(38,0))`;
    const rest = `(${ax} - ${n} * ${ay})`;
    const scaledRest = `(${rest} * 1000000000000)`;
    const f0 = `CAST(floor(CAST(${rest} AS DOUBLE) / CAST(${ay} AS DOUBLE) * 1e12) AS DECIMAL(38,0))`;
    // Only where asked: elsewhere the dividend and divisor are empty, and so (without computing) every step.
    const only = (sql: string) => (where ? `CASE WHEN ${where} THEN ${sql} END` : sql);
    const given = (sql: string) =>
      where ? `CASE WHEN ${x} IS NOT NULL AND ${y} IS NOT NULL THEN ${sql} END` : sql;
    return {
      projections: [
        `${only(`CAST(${dividend} AS ${decimal})`)} AS ${x}, ${only(`NULLIF(CAST(${divisor} AS ${decimal}), 0)`)} AS ${y}`,
        `${given(`CASE WHEN ${n0} * ${ay} > ${ax} THEN ${n0} - 1 WHEN (${n0} + 1) * ${ay} <= ${ax} THEN ${n0} + 1 ELSE ${n0} END`)} AS ${n}`,
        `${given(`CASE WHEN ${f0} * ${ay} > ${scaledRest} THEN ${f0} - 1 WHEN (${f0} + 1) * ${ay} <= ${scaledRest} THEN ${f0} + 1 ELSE ${f0} END`)} AS ${f}`,
        `${given(`CAST(CASE WHEN (${x} < 0) <> (${y} < 0) THEN -1 ELSE 1 END * (${n} + ${f} * CAST(0.000000000001 AS ${decimal})) AS ${decimal})`)} AS ${q}`,
      ],
      result: q,
    };
  }
}

const twoTo63 = `CAST('9223372036854775808' AS HUGEINT)`;

/** Minutes in a number of microseconds as a 64-bit count of 10^-12 minutes (µs × 10^5 / 6, truncated). */
function picoMinutes(micros: string): string {
  return `(CAST(${micros} AS BIGINT) * 100000 // 6)`;
}
