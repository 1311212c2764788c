import type { DuckDBConnection } from '@duckdb/node-api';
import { workerAlias, type WorkerAliasing } from './export-findings';
import { rows } from './findings-store';

/** The shape of a worker's alias in a run's exports (`workerAlias`). */
const aliasShape = /^w_[0-9a-f]{16}$/;

/**
 * A findings filter of a run whose worker may be given as the alias an export of the run names the worker by: the
 * alias replaced by its worker among the run's (the findings view `f`), found by aliasing each; any other value,
 * or an alias of none of them (another run's, or one made before the server's secret changed), as given. So a row
 * of a spreadsheet leads back to the worker's findings without the export holding their id.
 */
export async function withWorkerOfAlias<F extends { worker?: string | undefined }>(
  connection: DuckDBConnection,
  aliasing: WorkerAliasing,
  filter: F,
): Promise<F> {
  return filter.worker
    ? { ...filter, worker: await workerOfAlias(connection, aliasing, filter.worker) }
    : filter;
}

async function workerOfAlias(connection: DuckDBConnection, aliasing: WorkerAliasing, worker: string) {
  if (!aliasShape.test(worker)) return worker;
  const workers = await rows<{ worker: string }>(
    connection,
    `SELECT DISTINCT worker FROM f WHERE worker IS NOT NULL`,
    [],
  );
  return workers.find((w) => workerAlias(aliasing, w.worker) === worker)?.worker ?? worker;
}
