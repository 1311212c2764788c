import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../agreement/load';
import { compileAgreement } from '../compile/compile-agreement';
import { loadRowsIntoDuckDb, runFindingsOnDuckDb } from '../engines/duckdb';
import { findingFromSqlRow } from '../engines/normalize';
import { createTableSql, insertRowsSql } from '../engines/table';
import { dialects } from '../sql/dialects';
import { rowsOf } from './generators';

// Every shipped agreement, compiled whole, gives the same findings on DuckDB and on PostgreSQL (PGlite).
const dir = path.resolve(import.meta.dirname, '../../agreements');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const asOf = '2025-12-31';

let duck: DuckDBInstance;
let pg: PGlite;
beforeAll(async () => {
  duck = await DuckDBInstance.create(':memory:');
  pg = await PGlite.create();
});
afterAll(async () => {
  duck.closeSync();
  await pg.close();
});

describe('shipped agreements: DuckDB ≡ PostgreSQL', () => {
  for (const file of files) {
    it(file, async () => {
      const agreement = loadAgreement(readFileSync(path.join(dir, file), 'utf8'), file);
      // Shift generated data into the agreement's period so its clauses apply.
      const shift = (Date.parse(agreement.effective_from) - Date.parse('2025-06-23')) / 60_000;
      const duckdb = compileAgreement(agreement, { dialect: 'duckdb', asOf });
      const connection = await duck.connect();
      let total = 0;
      for (const [i, query] of duckdb.queries.entries()) {
        const samples = fc.sample(rowsOf(query.dataset, 60), { numRuns: 3, seed: 7 });
        for (const [n, rows] of samples.entries()) {
          const moved = rows.map((row) => moveRow(row, shift));
          const table = `${agreement.id.replaceAll('-', '_')}_${query.dataset}_${i}_${n}`;
          await loadRowsIntoDuckDb(connection, query.dataset, moved, table);
          await pg.exec(createTableSql(dialects.postgres, query.dataset, table));
          if (moved.length > 0) {
            const insert = insertRowsSql(dialects.postgres, query.dataset, moved, table);
            await pg.query(insert.sql, insert.params);
          }
          const tables = { [query.dataset]: table };
          const duckQuery = compileAgreement(agreement, { dialect: 'duckdb', asOf, tables }).queries[i]!;
          const pgQuery = compileAgreement(agreement, { dialect: 'postgres', asOf, tables }).queries[i]!;
          const onDuck = await runFindingsOnDuckDb(connection, duckQuery);
          const result = await pg.query<Parameters<typeof findingFromSqlRow>[0]>(pgQuery.sql, [
            ...pgQuery.params,
          ]);
          expect(result.rows.map(findingFromSqlRow)).toEqual(onDuck);
          total += onDuck.length;
          // The clause summaries agree too, and count exactly the findings listed.
          const duckSummary = (await (
            await connection.run(duckQuery.summary.sql, duckQuery.summary.params as never)
          ).getRowObjectsJson()) as Record<string, unknown>[];
          const pgSummary = (
            await pg.query<Record<string, unknown>>(pgQuery.summary.sql, [...pgQuery.summary.params])
          ).rows;
          const counts = (rows: Record<string, unknown>[]) =>
            rows.map((r) => [
              r.clause_id,
              Number(r.in_scope),
              Number(r.unchecked ?? 0),
              Number(r.findings ?? 0),
            ]);
          expect(counts(pgSummary)).toEqual(counts(duckSummary));
          for (const [clause, , , found] of counts(duckSummary))
            expect(found).toBe(onDuck.filter((f) => f.clauseId === clause).length);
        }
      }
      connection.closeSync();
      expect(total).toBeGreaterThan(0);
    });
  }
});

function moveRow(row: Record<string, string | null>, minutes: number): Record<string, string | null> {
  const moved: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(row)) {
    const isTime = v !== null && /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/.test(v);
    if (!isTime) {
      moved[k] = v;
      continue;
    }
    const t = new Date(
      Date.parse(`${v.replace(' ', 'T')}${v.length === 10 ? 'T00:00:00' : ''}Z`) + minutes * 60_000,
    ).toISOString();
    moved[k] = v.length === 10 ? t.slice(0, 10) : t.slice(0, 19).replace('T', ' ');
  }
  return moved;
}
