import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckDbEngine } from '../engines/engines';
import { createTableSql, insertRowsSql } from '../engines/table';
import { findingFromSqlRow } from '../engines/normalize';
import { dialects } from '../sql/dialects';
import { buildFindingsQuery } from '../sql/query';
import { loadCaseFile } from './case-file';
import { runCaseFile, type Engine } from './run-cases';

// Real engines: DuckDB in memory and PGlite (PostgreSQL compiled to WASM); nothing is mocked.
const dir = path.resolve(import.meta.dirname, '../../cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

let duck: Awaited<ReturnType<typeof duckDbEngine>>;
let pg: PGlite;
let n = 0;
const postgresEngine: Engine = async (plan, rows, asOf) => {
  const table = `t${++n}`;
  const d = dialects.postgres;
  await pg.exec(createTableSql(d, plan.dataset, table));
  if (rows.length > 0) {
    const insert = insertRowsSql(d, plan.dataset, rows, table);
    await pg.query(insert.sql, insert.params);
  }
  const query = buildFindingsQuery([plan], d, table, asOf);
  const result = await pg.query<Parameters<typeof findingFromSqlRow>[0]>(query.sql, [...query.params]);
  return result.rows.map(findingFromSqlRow);
};

beforeAll(async () => {
  duck = await duckDbEngine();
  pg = await PGlite.create();
});
afterAll(async () => {
  duck.close();
  await pg.close();
});

describe.each([
  ['duckdb', () => duck.engine],
  ['postgres (PGlite)', () => postgresEngine],
])('clause test cases on %s', (_name, engineOf) => {
  for (const file of files) {
    it(file, async () => {
      const cases = loadCaseFile(readFileSync(path.join(dir, file), 'utf8'), file);
      const results = await runCaseFile(cases, engineOf());
      expect(results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`))).toEqual([]);
    });
  }
});
