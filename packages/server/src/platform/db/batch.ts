import type { PgTable, TableConfig } from 'drizzle-orm/pg-core';
import type { Database } from './client';

/**
 * Inserts many rows in few statements. PGlite pays ~110 µs per statement and PostgreSQL a round trip, while one
 * statement holds at most 65,535 bound parameters: rows are grouped to stay well under that.
 */
export async function insertInBatches<T extends PgTable<TableConfig>>(
  db: Database,
  table: T,
  rows: T['$inferInsert'][],
  columnsPerRow = Math.max(1, Object.keys(rows[0] ?? {}).length),
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(30_000 / columnsPerRow));
  for (let start = 0; start < rows.length; start += perStatement) {
    await db.insert(table).values(rows.slice(start, start + perStatement));
  }
}
