import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckDbEngine } from '../engines/engines';
import { createTableSql, insertRowsSql } from '../engines/table';
import { findingFromSqlRow } from '../engines/normalize';
import { dialects } from '../sql/dialects';
import { buildFindingsQuery } from '../sql/query';
import { loadCaseFile } from './case-file';
import { runCaseFile, type Engine } from './run-cases';

// Real engines: DuckDB in memory, PGlite (PostgreSQL compiled to WASM) and the PostgreSQL server at
// 127.0.0.1:5432 (a database created for this run and dropped after it); nothing is mocked.
const dir = path.resolve(import.meta.dirname, '../../cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

let duck: Awaited<ReturnType<typeof duckDbEngine>>;
let lite: PGlite;
let server: pg.Client;
const database = `gigpact_rules_${process.pid}_${Date.now()}`;
const admin = { host: '127.0.0.1', port: 5432, user: 'postgres' };
type Query = (sql: string, params: readonly unknown[]) => Promise<Parameters<typeof findingFromSqlRow>[0][]>;
let n = 0;
const postgresEngine =
  (query: () => Query): Engine =>
  async (plan, rows, asOf) => {
    const table = `t${++n}`;
    const d = dialects.postgres;
    await query()(createTableSql(d, plan.dataset, table), []);
    if (rows.length > 0) {
      const insert = insertRowsSql(d, plan.dataset, rows, table);
      await query()(insert.sql, insert.params);
    }
    const compiled = buildFindingsQuery([plan], d, table, asOf);
    return (await query()(compiled.sql, compiled.params)).map(findingFromSqlRow);
  };
const onLite: Query = async (sql, params) =>
  (await lite.query<Parameters<typeof findingFromSqlRow>[0]>(sql, [...params])).rows;
const onServer: Query = async (sql, params) => (await server.query(sql, [...params])).rows;

beforeAll(async () => {
  duck = await duckDbEngine();
  lite = await PGlite.create();
  const setup = new pg.Client(admin);
  await setup.connect();
  await setup.query(`CREATE DATABASE ${database}`);
  await setup.end();
  server = new pg.Client({ ...admin, database });
  await server.connect();
});
afterAll(async () => {
  duck.close();
  await lite.close();
  await server.end();
  const cleanup = new pg.Client(admin);
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${database}`);
  await cleanup.end();
});

describe.each([
  ['duckdb', () => duck.engine],
  ['postgres (PGlite)', () => postgresEngine(() => onLite)],
  ['postgres (server)', () => postgresEngine(() => onServer)],
])('clause test cases on %s', (_name, engineOf) => {
  for (const file of files) {
    it(file, async () => {
      const cases = loadCaseFile(readFileSync(path.join(dir, file), 'utf8'), file);
      const results = await runCaseFile(cases, engineOf());
      expect(results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`))).toEqual([]);
    });
  }
});
