import type { ValueType } from '../ir/types';
import { SqlDialect } from './dialect';

/** PostgreSQL (and PGlite): NUMERIC instead of DECIMAL/HUGEINT, arrays, json_build_object, interval arithmetic. */
export class PostgresDialect extends SqlDialect {
  override readonly name = 'postgres';

  override typeName(type: ValueType): string {
    if (type === 'decimal') return 'NUMERIC(38,12)';
    if (type === 'string') return 'TEXT';
    return super.typeName(type);
  }

  override divide(dividend: string, divisor: string): string {
    return `CAST(div(CAST(${dividend} AS NUMERIC) * 1000000000000, NULLIF(CAST(${divisor} AS NUMERIC), 0)) / 1000000000000 AS NUMERIC(38,12))`;
  }

  override epochMicros(timestamp: string): string {
    return `CAST(EXTRACT(EPOCH FROM ${timestamp}) * 1000000 AS BIGINT)`;
  }

  override addDays(time: string, days: string, type: ValueType): string {
    return this.cast(`${time} + make_interval(days => CAST(${days} AS INTEGER))`, type);
  }

  override addMinutes(time: string, minutes: string): string {
    return `(${time} + make_interval(mins => CAST(${minutes} AS INTEGER)))`;
  }

  override listOf(items: string[]): string {
    return `ARRAY[${items.join(', ')}]`;
  }

  override listAgg(item: string, limit: number): string {
    return `(array_agg(${item} ORDER BY ${item}))[1:${limit}]`;
  }

  override sortedUnion(a: string, b: string): string {
    return `ARRAY(SELECT DISTINCT __u FROM unnest(COALESCE(${a}, '{}') || COALESCE(${b}, '{}')) AS __x(__u) WHERE __u IS NOT NULL ORDER BY __u)`;
  }

  override quantile(value: string, fraction: string): string {
    return `percentile_disc(CAST(${fraction} AS DOUBLE PRECISION)) WITHIN GROUP (ORDER BY ${value})`;
  }

  override jsonObject(pairs: [string, string][]): string {
    const inner = pairs.map(([key, value]) => `'${key}', ${this.cast(value, 'string')}`).join(', ');
    return `CAST(json_build_object(${inner}) AS TEXT)`;
  }
}
