import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { datasetDir } from '../store/layout';
import { csvOf, deliveryRow, readParquet, tempDir, testKey } from '../testing/builders';
import { ingestDataset } from './ingest';

const now = '2026-01-01 00:00:00';
const options = (dataDir: string) => ({
  dataDir,
  kind: 'delivery_orders' as const,
  pseudonymKey: testKey,
  now,
});
const wallClock = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);

describe('spreadsheets and Parquet', () => {
  it('reads the first sheet of an XLSX file with sheet rows as lines, dates as wall-clock text and text kept', async () => {
    const dir = await tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('orders');
    const header = Object.keys(deliveryRow());
    sheet.addRow(header);
    const row = (overrides: Record<string, string | number | Date>) =>
      header.map((h) => overrides[h] ?? deliveryRow()[h]);
    sheet.addRow(row({ order_id: 'X1', created_at: wallClock('2025-07-01 10:00:00'), pay: 8.5 }));
    sheet.addRow(row({ order_id: 'X2', partner_id: '=HYPERLINK("http://x","y")', distance_m: 2500 }));
    sheet.addRow([]);
    sheet.addRow(row({ order_id: 'X3', pay: -2 }));
    const path = join(dir, 'orders.xlsx');
    await workbook.xlsx.writeFile(path);

    const result = await ingestDataset({ path }, options(join(dir, 'data')));
    // The blank sheet row keeps its place: sheet row 4 is line 4, and row 5 is line 5.
    expect(result.errors.filter((e) => e.line === 4).every((e) => e.code === 'required_value_missing')).toBe(
      true,
    );
    expect(result.errors.filter((e) => e.line !== 4).map((e) => [e.line, e.column, e.value, e.code])).toEqual(
      [[5, 'pay', '-2', 'negative_value']],
    );
    const stored = datasetDir(join(dir, 'data'), result.datasetId!);
    const data = await readParquet(join(stored, 'data.parquet'), dir);
    expect(data.map((r) => [r.order_id, r.created_at, r.pay, r.partner_id])).toEqual([
      ['X1', '2025-07-01 10:00:00', '8.5000', '徐汇站'],
      ['X2', '2025-07-01 10:00:00', '8.5000', '=HYPERLINK("http://x","y")'],
    ]);
    expect(result.manifest?.format).toBe('xlsx');
  });

  it('reads canonical Parquet with typed columns, a record’s line being its row number', async () => {
    const dir = await tempDir();
    const path = join(dir, 'orders.parquet');
    const db = await DuckSession.open({ tempDirectory: dir });
    await db.run(`COPY (SELECT * FROM (VALUES
        ('P1', 'eleme', 'r1', TIMESTAMP '2025-07-01 10:00:00', TIMESTAMP '2025-07-01 10:01:00',
         TIMESTAMP '2025-07-01 10:30:00', TIMESTAMP '2025-07-01 10:40:00', 2500, 'delivered', 8.50::DECIMAL(9,2), true),
        ('P2', 'eleme', 'r1', TIMESTAMP '2025-07-01 11:00:00', TIMESTAMP '2025-07-01 11:01:00',
         TIMESTAMP '2025-07-01 10:30:00', TIMESTAMP '2025-07-01 11:40:00', 900, 'delivered', 6.00::DECIMAL(9,2), NULL))
      t(order_id, platform, rider_id, created_at, accepted_at, delivered_at, promised_at, distance_m, status, pay,
        fee_shown_before_accept)) TO ${sqlString(path)} (FORMAT parquet)`);
    db.close();

    const result = await ingestDataset({ path }, options(join(dir, 'data')));
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'delivered_at', 'timestamp_order'],
    ]);
    const stored = datasetDir(join(dir, 'data'), result.datasetId!);
    const [row] = await readParquet(join(stored, 'data.parquet'), dir);
    expect(row).toMatchObject({
      order_id: 'P1',
      pay: '8.5000',
      distance_m: '2500',
      fee_shown_before_accept: true,
    });
    expect(result.manifest).toMatchObject({ format: 'parquet', source: { encoding: null } });
  });
});

describe('values as written', () => {
  it('trims spaces, no-break and full-width spaces around values and keeps everything else', async () => {
    const dir = await tempDir();
    const path = join(dir, 'orders.csv');
    const rows = [
      deliveryRow({
        order_id: ' T1 ',
        partner_id: '\u3000徐汇站\u3000',
        status: 'delivered\u00a0',
        pay: ' 8.50',
      }),
      deliveryRow({ order_id: 'T2', partner_id: '  ' }),
      deliveryRow({ order_id: 'T3', status: '\tdelivered' }),
    ];
    await writeFile(path, csvOf(rows));
    const result = await ingestDataset({ path }, options(join(dir, 'data')));
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [4, 'status', '\tdelivered', 'invalid_enum'],
    ]);
    const stored = datasetDir(join(dir, 'data'), result.datasetId!);
    const data = await readParquet(join(stored, 'data.parquet'), dir);
    expect(data.map((r) => [r.order_id, r.partner_id, r.status, r.pay])).toEqual([
      ['T1', '徐汇站', 'delivered', '8.5000'],
      ['T2', null, 'delivered', '8.5000'],
    ]);
  });

  it('refuses rows naming another platform than the one the upload is for', async () => {
    const dir = await tempDir();
    const path = join(dir, 'orders.csv');
    await writeFile(path, csvOf([deliveryRow(), deliveryRow({ order_id: 'O2', platform: 'meituan' })]));
    const result = await ingestDataset({ path }, { ...options(join(dir, 'data')), platform: 'eleme' });
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [3, 'platform', 'meituan', 'platform_mismatch'],
    ]);
    expect(result.errors[0]!.message.en).toBe(
      'platform is "meituan", not the platform of this upload (eleme)',
    );
    expect(result.manifest).toMatchObject({ platform: 'eleme', rowsAccepted: 1, rowsRejected: 1 });
  });

  it('converts times that name their own offset to the dataset’s wall clock, and takes the rest as written', async () => {
    const dir = await tempDir();
    const path = join(dir, 'orders.csv');
    const rows = [
      deliveryRow({ created_at: '2025-07-01T02:00:00Z', accepted_at: '2025-07-01 10:01:00+08:00' }),
      deliveryRow({
        order_id: 'O2',
        created_at: '2025-06-30 21:00:00-05:00',
        accepted_at: '2025-07-01T10:01',
      }),
      deliveryRow({ order_id: 'O3', created_at: '2025-07-01 10:00:00 -0500x' }),
      deliveryRow({ order_id: 'O4', created_at: '2025-07-01 02:00:00 UTC', accepted_at: '2025/07/01 10:01' }),
    ];
    await writeFile(path, csvOf(rows));
    const result = await ingestDataset({ path }, options(join(dir, 'data')));
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [4, 'created_at', 'invalid_timestamp'],
      [5, 'accepted_at', 'invalid_timestamp'],
      [5, 'created_at', 'invalid_timestamp'],
    ]);
    const stored = datasetDir(join(dir, 'data'), result.datasetId!);
    const data = await readParquet(join(stored, 'data.parquet'), dir);
    expect(data.map((r) => [r.created_at, r.accepted_at])).toEqual([
      ['2025-07-01 10:00:00', '2025-07-01 10:01:00'],
      ['2025-07-01 10:00:00', '2025-07-01 10:01:00'],
    ]);
  });
});
