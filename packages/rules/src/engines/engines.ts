import { DuckDBInstance } from '@duckdb/node-api';
import type { Engine } from '../testing/run-cases';
import { dialects } from '../sql/dialects';
import { buildFindingsQuery } from '../sql/query';
import { loadRowsIntoDuckDb, runFindingsOnDuckDb } from './duckdb';

/** A DuckDB engine for clause tests: a fresh in-memory database per run of a plan. */
export async function duckDbEngine(): Promise<{ engine: Engine; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let n = 0;
  const engine: Engine = async (plan, rows, asOf) => {
    const table = `t${++n}`;
    await loadRowsIntoDuckDb(connection, plan.dataset, rows, table);
    const query = buildFindingsQuery([plan], dialects.duckdb, table, asOf);
    try {
      return await runFindingsOnDuckDb(connection, query);
    } finally {
      await connection.run(`DROP TABLE ${table}`);
    }
  };
  return {
    engine,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
