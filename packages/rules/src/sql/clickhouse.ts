import type { ValueType } from '../ir/types';
import { SqlDialect } from './dialect';

/**
 * ClickHouse, the distributed engine for national scale: typed `{pN:Type}` placeholders, Decimal128 (whose
 * division truncates at the result scale), no `IS TRUE`, DateTime64 wall-clock times.
 */
export class ClickHouseDialect extends SqlDialect {
  override readonly name = 'clickhouse';
  override readonly supportsIsTrue = false;
  override readonly supportsMaterializedCte = false;
  override readonly supportsCorrelatedSubqueries = false;

  override placeholder(index: number, type: ValueType): string {
    return `{p${index}:${this.typeName(type === 'null' ? 'string' : type)}}`;
  }

  override typeName(type: ValueType): string {
    switch (type) {
      case 'int':
        return 'Int64';
      case 'decimal':
        return 'Decimal(38,12)';
      case 'bool':
        return 'Bool';
      case 'timestamp':
        return 'DateTime64(6)';
      case 'date':
        return 'Date32';
      default:
        return 'String';
    }
  }

  override cast(sql: string, type: ValueType): string {
    return type === 'string' ? `toString(${sql})` : `CAST(${sql} AS Nullable(${this.typeName(type)}))`;
  }

  override isTrue(sql: string): string {
    return `ifNull(${sql}, false)`;
  }

  override divide(dividend: string, divisor: string): string {
    const d = this.cast(divisor, 'decimal');
    return `if(${d} = 0, NULL, ${this.cast(dividend, 'decimal')} / ${d})`;
  }

  override epochMicros(timestamp: string): string {
    return `toUnixTimestamp64Micro(${timestamp})`;
  }

  override truncate(unit: 'day' | 'week' | 'month', timestamp: string): string {
    const fn = unit === 'day' ? 'toDate32' : unit === 'week' ? 'toMonday' : 'toStartOfMonth';
    return unit === 'day' ? `toDate32(${timestamp})` : `toDate32(${fn}(${timestamp}))`;
  }

  override addDays(time: string, days: string, type: ValueType): string {
    return this.cast(`addDays(${time}, ${days})`, type);
  }

  override addMinutes(time: string, minutes: string): string {
    return `addMinutes(${time}, ${minutes})`;
  }

  override concat(parts: string[]): string {
    return `concat(${parts.map((p) => this.cast(p, 'string')).join(`, '|', `)})`;
  }

  override listAgg(item: string, limit: number): string {
    return `arraySlice(arraySort(groupArray(${item})), 1, ${limit})`;
  }

  override quantile(value: string, fraction: string): string {
    return `quantileExact(${fraction})(${value})`;
  }

  override jsonObject(pairs: [string, string][]): string {
    const inner = pairs
      .map(([key, value]) => `'${key}', ifNull(${this.cast(value, 'string')}, '')`)
      .join(', ');
    return `toJSONString(map(${inner}))`;
  }
}
