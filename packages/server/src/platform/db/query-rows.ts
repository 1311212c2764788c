import type { SQL } from 'drizzle-orm';
import type { Database } from './client';

/** Runs raw SQL and returns its rows: both engines answer with `{ rows }`, typed here once. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
