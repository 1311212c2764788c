import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ClauseStatus } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { buildFindingRows, writeFindingsParquet } from './finding-rows';

describe('finding rows', () => {
  it('gives each finding one row, its district as a code, whatever the case the data wrote the district in', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // A dataset stored before ingest wrote districts by their Chinese name keeps them as the platform wrote them.
      await connection.run(`CREATE TABLE delivery_orders AS SELECT * FROM (VALUES
        ('O1', 'eleme', 'r1', 'Qingpu', TIMESTAMP '2025-09-01 10:00:00'),
        ('O2', 'eleme', 'r2', 'QINGPU', TIMESTAMP '2025-09-01 11:00:00'),
        ('O3', 'eleme', 'r3', '青浦区', TIMESTAMP '2025-09-02 10:00:00'),
        ('O4', 'eleme', 'r4', 'Pudong', TIMESTAMP '2025-09-02 11:00:00'),
        ('O5', 'eleme', 'r5', '火星', TIMESTAMP '2025-09-03 11:00:00'))
        t(order_id, platform, rider_id, district, accepted_at)`);
      await connection.run(`CREATE TABLE findings AS SELECT 'late' AS clause_id, id AS finding_key, [id] AS evidence,
        CAST(1.5 AS DECIMAL(38, 10)) AS amount, '{}' AS computed
        FROM (VALUES ('O1'), ('O2'), ('O3'), ('O4'), ('O5')) t(id)`);
      const late = {
        status: 'applicable',
        clauseId: 'late',
        ruleId: 'fd.no_late_money_penalty',
        dataset: 'delivery_orders',
        plan: { rule: { liable: 'platform' } },
      } as unknown as ClauseStatus;
      await buildFindingRows(connection, [late], {
        delivery_orders: ['order_id', 'platform', 'rider_id', 'district', 'accepted_at'],
      });
      const reader = await connection.run(
        `SELECT key, district, worker, CAST(day AS VARCHAR) AS day FROM finding_rows ORDER BY key`,
      );
      expect(await reader.getRowObjectsJson()).toEqual([
        { key: 'late:O1', district: '310118', worker: 'r1', day: '2025-09-01' },
        { key: 'late:O2', district: '310118', worker: 'r2', day: '2025-09-01' },
        { key: 'late:O3', district: '310118', worker: 'r3', day: '2025-09-02' },
        { key: 'late:O4', district: '310115', worker: 'r4', day: '2025-09-02' },
        { key: 'late:O5', district: '火星', worker: 'r5', day: '2025-09-03' },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('leaves blank what a group does not settle, and lists the districts of all its rows', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`CREATE TABLE ride_trips AS SELECT * FROM (VALUES
        ('T1', 'didi', 'd1', '浦东新区', TIMESTAMP '2025-09-01 08:00:00'),
        ('T2', 'didi', 'd1', '青浦区', TIMESTAMP '2025-09-01 10:00:00'),
        ('T3', 'didi', 'd2', '青浦区', TIMESTAMP '2025-09-02 10:00:00'))
        t(trip_id, platform, driver_id, district, pickup_at)`);
      await connection.run(`CREATE TABLE findings AS SELECT * FROM (VALUES
        ('avg', 'didi|2025-09', ['T1', 'T2', 'T3']), ('daily', 'd1|2025-09-01', ['T1', 'T2']), ('cap', 'T2', ['T2']))
        t(clause_id, finding_key, evidence), LATERAL (SELECT CAST(1 AS DECIMAL(38, 10)) AS amount, '{}' AS computed)`);
      const clause = (clauseId: string, keys?: string[]) =>
        ({
          status: 'applicable',
          clauseId,
          ruleId: `rh.${clauseId}`,
          dataset: 'ride_trips',
          plan: { rule: { liable: 'platform' }, group: keys && { keys: keys.map((name) => ({ name })) } },
        }) as unknown as ClauseStatus;
      await buildFindingRows(
        connection,
        [clause('avg', ['platform', 'month']), clause('daily', ['worker', 'day']), clause('cap')],
        { ride_trips: ['trip_id', 'platform', 'driver_id', 'district', 'pickup_at'] },
      );
      const reader = await connection.run(
        `SELECT clause_id, platform, district, worker, CAST(day AS VARCHAR) AS day, month, districts
         FROM finding_rows ORDER BY key`,
      );
      expect(await reader.getRowObjectsJson()).toEqual([
        {
          clause_id: 'avg',
          platform: 'didi',
          district: null,
          worker: null,
          day: null,
          month: '2025-09',
          districts: ['310115', '310118'],
        },
        {
          clause_id: 'cap',
          platform: 'didi',
          district: '310118',
          worker: 'd1',
          day: '2025-09-01',
          month: '2025-09',
          districts: ['310118'],
        },
        {
          clause_id: 'daily',
          platform: 'didi',
          district: null,
          worker: 'd1',
          day: '2025-09-01',
          month: '2025-09',
          districts: ['310115', '310118'],
        },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('names the partner of a dedicated rider’s day as liable for its hourly pay, the platform otherwise', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // r1: a dedicated rider of partner pt1 all day; r2: a crowd rider; r3: dedicated, under two partners.
      await connection.run(`CREATE TABLE delivery_orders AS SELECT * FROM (VALUES
        ('O1', 'eleme', 'r1', 'dedicated', 'pt1', TIMESTAMP '2025-09-01 08:00:00'),
        ('O2', 'eleme', 'r1', 'dedicated', 'pt1', TIMESTAMP '2025-09-01 10:00:00'),
        ('O3', 'eleme', 'r2', 'crowd', NULL, TIMESTAMP '2025-09-01 10:00:00'),
        ('O4', 'eleme', 'r2', 'crowd', NULL, TIMESTAMP '2025-09-01 11:00:00'),
        ('O5', 'eleme', 'r3', 'dedicated', 'pt1', TIMESTAMP '2025-09-01 10:00:00'),
        ('O6', 'eleme', 'r3', 'dedicated', 'pt2', TIMESTAMP '2025-09-01 11:00:00'),
        ('O7', 'eleme', 'r1', 'dedicated', 'pt1', TIMESTAMP '2025-09-02 09:00:00'))
        t(order_id, platform, rider_id, rider_type, partner_id, accepted_at)`);
      await connection.run(`CREATE TABLE findings AS SELECT * FROM (VALUES
        ('c05', 'r1|2025-09-01', ['O1', 'O2']), ('c05', 'r2|2025-09-01', ['O3', 'O4']),
        ('c05', 'r3|2025-09-01', ['O5', 'O6']), ('c05', 'r1|2025-09-02', ['O7']), ('c01', 'O1', ['O1']))
        t(clause_id, finding_key, evidence), LATERAL (SELECT CAST(1 AS DECIMAL(38, 10)) AS amount, '{}' AS computed)`);
      const clause = (clauseId: string, liable: string, keys?: string[]) =>
        ({
          status: 'applicable',
          clauseId,
          ruleId: clauseId === 'c05' ? 'fd.min_hourly_pay' : 'fd.no_late_money_penalty',
          dataset: 'delivery_orders',
          plan: { rule: { liable }, group: keys && { keys: keys.map((name) => ({ name })) } },
        }) as unknown as ClauseStatus;
      await buildFindingRows(
        connection,
        [
          clause('c05', 'platform (partner for dedicated riders)', ['worker', 'day']),
          clause('c01', 'platform'),
        ],
        { delivery_orders: ['order_id', 'platform', 'rider_id', 'rider_type', 'partner_id', 'accepted_at'] },
      );
      const reader = await connection.run(`SELECT key, liable, franchisee FROM finding_rows ORDER BY key`);
      expect(await reader.getRowObjectsJson()).toEqual([
        { key: 'c01:O1', liable: 'platform', franchisee: 'pt1' },
        { key: 'c05:r1|2025-09-01', liable: 'partner', franchisee: 'pt1' },
        { key: 'c05:r1|2025-09-02', liable: 'partner', franchisee: 'pt1' },
        { key: 'c05:r2|2025-09-01', liable: 'platform', franchisee: null },
        { key: 'c05:r3|2025-09-01', liable: 'platform', franchisee: null },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('writes the findings whole, clearing what a killed writer left half-written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gigpact-findings-'));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const file = path.join(dir, 'findings.parquet');
      // The pid of a process that has ended, as a server killed while writing leaves it.
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8',
      }).stdout;
      await writeFile(`${file}.partial-${dead}`, 'PAR1 half');
      await connection.run(
        `CREATE TABLE finding_rows AS SELECT 'late:O1' AS key, 'late' AS clause_id, 'O1' AS finding_key`,
      );
      expect(await writeFindingsParquet(connection, file)).toBe(1);
      expect(await readdir(dir)).toEqual(['findings.parquet']);
    } finally {
      connection.closeSync();
      instance.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
