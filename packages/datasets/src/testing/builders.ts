import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckSession, sqlString } from '../duck/session';

export const testKey = 'test-pseudonym-key-0123456789';

export async function tempDir(prefix = 'gigpact-datasets-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

const deliveryHeader = [
  'order_id',
  'platform',
  'rider_id',
  'partner_id',
  'created_at',
  'accepted_at',
  'delivered_at',
  'promised_at',
  'distance_m',
  'status',
  'pay',
  'penalty',
  'penalty_reason',
  'weather_alert_level',
];

/** A valid delivered order; override any field. */
export function deliveryRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    order_id: 'O1',
    platform: 'eleme',
    rider_id: 'r_001',
    partner_id: '徐汇站',
    created_at: '2025-07-01 10:00:00',
    accepted_at: '2025-07-01 10:01:00',
    delivered_at: '2025-07-01 10:30:00',
    promised_at: '2025-07-01 10:40:00',
    distance_m: '2500',
    status: 'delivered',
    pay: '8.50',
    penalty: '',
    penalty_reason: '',
    weather_alert_level: '0',
    ...overrides,
  };
}

export function csvOf(rows: Record<string, string>[], header = deliveryHeader, newline = '\n'): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return (
    [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))].join(newline) +
    newline
  );
}

/** Reads a Parquet file back as plain JavaScript rows (DuckDB's own converter: decimals as text-exact values). */
export async function readParquet(path: string, dir: string): Promise<Record<string, unknown>[]> {
  const db = await DuckSession.open({ tempDirectory: dir });
  try {
    return await db.rowsJson(`SELECT * FROM read_parquet(${sqlString(path)})`);
  } finally {
    db.close();
  }
}
