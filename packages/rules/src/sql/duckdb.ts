import { SqlDialect } from './dialect';

/** DuckDB, the audit engine: the default dialect is written in its terms, so nothing changes. */
export class DuckDbDialect extends SqlDialect {
  override readonly name = 'duckdb';
}
