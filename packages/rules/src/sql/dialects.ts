import { ClickHouseDialect } from './clickhouse';
import type { SqlDialect } from './dialect';
import { DuckDbDialect } from './duckdb';
import { PostgresDialect } from './postgres';

export const dialectNames = ['duckdb', 'postgres', 'clickhouse'] as const;
export type DialectName = (typeof dialectNames)[number];

export const dialects: Record<DialectName, SqlDialect> = {
  duckdb: new DuckDbDialect(),
  postgres: new PostgresDialect(),
  clickhouse: new ClickHouseDialect(),
};
