import type { ValueType } from '../ir/types';
import type { SqlDialect } from './dialect';

/** Collects the values a query binds; every value the user wrote reaches the engine as a parameter. */
export class Bindings {
  readonly values: (string | boolean | null)[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  bind(value: string | boolean | number | bigint, type: ValueType): string {
    this.values.push(typeof value === 'boolean' ? value : String(value));
    const placeholder = this.dialect.placeholder(this.values.length, type);
    return type === 'bool' ? placeholder : this.dialect.cast(placeholder, type);
  }
}
