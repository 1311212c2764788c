import type { Config } from './config';
import type { Database, DatabaseKind } from './platform/db/client';

/** What route handlers may use: the database, the configuration and the clock. Nothing reaches for globals. */
export interface AppContext {
  db: Database;
  databaseKind: DatabaseKind;
  config: Config;
  startedAt: Date;
  now(): Date;
  /** Whether migrations are applied and the product can serve requests. */
  readiness: { ready: boolean };
  /** Whether demo data was seeded into this database. */
  demo: { seeded: boolean };
}
