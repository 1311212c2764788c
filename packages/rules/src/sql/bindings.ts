import type { ValueType } from '../ir/types';
import { canonicalDecimal, decimalScale } from '../decimal';
import type { SqlDialect } from './dialect';

/** Collects the values a query binds; every value the user wrote reaches the engine as a parameter. */
export class Bindings {
  /** Values travel as text (booleans as booleans) and are cast in SQL, so no driver has to guess a type. */
  readonly values: (string | boolean | null)[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  bind(value: string | boolean | number | bigint, type: ValueType): string {
    this.values.push(typeof value === 'boolean' ? value : String(value));
    const placeholder = this.dialect.placeholder(this.values.length, type);
    return type === 'decimal'
      ? this.dialect.castBoundDecimal(placeholder, placesOf(String(value)))
      : this.dialect.cast(placeholder, type);
  }
}

/** Decimal places of a value once trailing zeros are dropped, at most the 12 every decimal is held to. */
function placesOf(text: string): number {
  const canonical = canonicalDecimal(text);
  const point = canonical.indexOf('.');
  return point < 0 ? 0 : Math.min(decimalScale, canonical.length - point - 1);
}
