import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** An in-memory DuckDB for one analysis; closed by the caller. */
export interface Duck {
  connection: DuckDBConnection;
  close(): void;
}

export async function openDuck(): Promise<Duck> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Rows of a query as plain objects; integers outside the double range come back as text. */
export async function duckRows<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  params?: unknown[],
): Promise<T[]> {
  const reader = await connection.run(sql, params as never);
  return (await reader.getRowObjectsJson()) as T[];
}

/** A number from a DuckDB JSON value (BIGINT and DECIMAL arrive as text), or null. */
export function num(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A column or table name checked before it is written into SQL: lower-case letters, digits and `_`. */
export function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return name;
}
