import type { PGlite } from '@electric-sql/pglite';
import { createTableSql, insertRowsSql } from '../engines/table';
import { findingFromSqlRow } from '../engines/normalize';
import { dialects } from '../sql/dialects';
import { buildFindingsQuery } from '../sql/query';
import type { Engine } from './run-cases';

/** Runs SQL with its parameters on a PostgreSQL (PGlite, or a server), giving back the rows. */
export type PostgresQuery = (sql: string, params: readonly unknown[]) => Promise<SqlRow[]>;

type SqlRow = Parameters<typeof findingFromSqlRow>[0];

/** Queries on a PGlite database. */
export const onPglite =
  (lite: PGlite): PostgresQuery =>
  async (sql, params) =>
    (await lite.query<SqlRow>(sql, [...params])).rows;

let tables = 0;

/** An engine for clause test cases on PostgreSQL: each run in a table of its own, the findings query compiled. */
export const postgresEngine =
  (query: () => PostgresQuery): Engine =>
  async (plan, rows, asOf) => {
    const table = `t${++tables}`;
    const d = dialects.postgres;
    await query()(createTableSql(d, plan.dataset, table), []);
    if (rows.length > 0) {
      const insert = insertRowsSql(d, plan.dataset, rows, table);
      await query()(insert.sql, insert.params);
    }
    const compiled = buildFindingsQuery([plan], d, table, asOf);
    return (await query()(compiled.sql, compiled.params)).map(findingFromSqlRow);
  };
