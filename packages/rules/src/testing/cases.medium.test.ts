import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckDbEngine } from '../engines/engines';
import { loadCaseFile } from './case-file';
import { onPglite, postgresEngine, type PostgresQuery } from './postgres-engine';
import { runCaseFile } from './run-cases';

// Real engines: DuckDB in memory, PGlite (PostgreSQL compiled to WASM) and the PostgreSQL server at
// 127.0.0.1:5432 (a database created for this run and dropped after it); nothing is mocked.
const dir = path.resolve(import.meta.dirname, '../../cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

let duck: Awaited<ReturnType<typeof duckDbEngine>>;
let lite: PGlite;
let server: pg.Client;
const database = `gigpact_rules_${process.pid}_${Date.now()}`;
const admin = { host: '127.0.0.1', port: 5432, user: 'postgres' };
const onServer: PostgresQuery = async (sql, params) => (await server.query(sql, [...params])).rows;

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
  ['postgres (PGlite)', () => postgresEngine(() => onPglite(lite))],
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
