import type { ValueType } from '../ir/types';
import type { SqlDialect } from './dialect';

/** Collects the values a query binds; every value the user wrote reaches the engine as a parameter. */
export class Bindings {
  /** Values travel as text (booleans as booleans) and are cast in SQL, so no driver has to guess a type. */
  readonly values: (string | boolean | null)[] = [];

  constructor(private readonly dialect: SqlDialect) {}

  bind(value: string | boolean | number | bigint, type: ValueType): string {
    this.values.push(typeof value === 'boolean' ? value : String(value));
    return this.dialect.cast(this.dialect.placeholder(this.values.length, type), type);
  }
}
