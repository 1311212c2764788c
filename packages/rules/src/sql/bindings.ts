import type { ValueType } from '../ir/types';
import { decimalPlaces, decimalScale } from '../decimal';
import type { SqlDialect } from './dialect';

/**
 * Collects the values a query binds; every value the user wrote reaches the engine as a parameter. The same
 * value of the same type is bound once, so that an engine sees equal expressions as equal (e.g. every clause's
 * `status = 'delivered'`) and can evaluate them once per row.
 */
export class Bindings {
  /** Values travel as text (booleans as booleans) and are cast in SQL, so no driver has to guess a type. */
  readonly values: (string | boolean | null)[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(private readonly dialect: SqlDialect) {}

  bind(value: string | boolean | number | bigint, type: ValueType): string {
    const bound = typeof value === 'boolean' ? value : String(value);
    const key = `${type}:${typeof bound}:${String(bound)}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.values.push(bound);
      n = this.values.length;
      this.numbers.set(key, n);
    }
    const placeholder = this.dialect.placeholder(n, type);
    return type === 'decimal'
      ? this.dialect.castBoundDecimal(placeholder, placesOf(String(value)))
      : this.dialect.cast(placeholder, type);
  }
}

/** Decimal places of a value once trailing zeros are dropped, at most the 12 every decimal is held to. */
function placesOf(text: string): number {
  return Math.min(decimalScale, decimalPlaces(text));
}
