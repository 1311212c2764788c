import { readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { datasetDir, readStoredErrors } from '../store/layout';
import { csvOf, deliveryRow, readParquet, tempDir, testKey } from '../testing/builders';
import { ingestText as ingestTextOf } from '../testing/ingest-text';
import { ingestDataset } from './ingest';
import type { IngestOptionsInput } from './options';
import { pseudonymOf } from './personal-data';

const now = '2026-01-01 00:00:00';

/** A delivery-orders file of the given text, ingested into a fresh data folder. */
const ingestText = (
  text: string | Buffer,
  options: Partial<IngestOptionsInput> = {},
  fileName = 'orders.csv',
) => ingestTextOf(text, 'delivery_orders', options, fileName);

describe('ingest of a canonical CSV', () => {
  it('rejects every kind of bad row with its physical line, column, value and code, and keeps the good rows', async () => {
    const rows = [
      deliveryRow({ order_id: 'A1' }),
      deliveryRow({ order_id: 'A2', delivered_at: '2025-07-01 09:30:00', distance_m: '-5', pay: '-1.5' }),
      deliveryRow({ order_id: 'A1', partner_id: 'two\nlines' }),
      deliveryRow({
        order_id: 'A4',
        created_at: 'yesterday',
        status: 'Cancelled',
        delivered_at: '2030-01-01 00:00:00',
      }),
      deliveryRow({
        order_id: 'A5',
        pay: '8.50001',
        weather_alert_level: '5',
        penalty: '3',
        penalty_reason: 'slow',
      }),
      deliveryRow({ order_id: 'A6', rider_id: '', status: 'delivered', delivered_at: '' }),
      deliveryRow({ order_id: 'A7', partner_id: '13812345678' }),
      deliveryRow({ order_id: 'A8', partner_id: '=HYPERLINK("http://x","y")' }),
    ];
    const text = csvOf(rows).replace(/^A7,.*$/m, (line) => `${line}\nA9,eleme,r9`);
    const { result, dataDir } = await ingestText(text);
    const got = result.errors.map((e) => [e.line, e.column, e.value, e.code]);
    expect(got).toEqual([
      [3, 'delivered_at', '2025-07-01 09:30:00', 'timestamp_order'],
      [3, 'distance_m', '-5', 'negative_value'],
      [3, 'pay', '-1.5', 'negative_value'],
      [4, 'order_id', 'A1', 'duplicate_id'],
      [6, 'created_at', 'yesterday', 'invalid_timestamp'],
      [6, 'delivered_at', '2030-01-01 00:00:00', 'timestamp_in_future'],
      [6, 'status', 'Cancelled', 'invalid_enum'],
      [7, 'pay', '8.50001', 'invalid_money'],
      [7, 'penalty_reason', 'slow', 'invalid_enum'],
      [7, 'weather_alert_level', '5', 'out_of_range'],
      [8, 'delivered_at', null, 'status_mismatch'],
      [8, 'rider_id', null, 'required_value_missing'],
      [9, 'partner_id', '138******78', 'personal_identifier_value'],
      [10, null, 'A9,eleme,r9', 'malformed_row'],
    ]);
    expect(result.errors.at(-1)!.message.zh).toMatch(/^行格式错误（列数不对或引号未闭合）：./);
    expect(result.errors.at(-1)!.message.en).toMatch(/^Malformed row .*: ./);
    expect(result.errors[0]!.message.zh).toContain('早于 accepted_at');
    expect(result.errors[0]!.message.en).toContain('is before accepted_at');
    expect(result).toMatchObject({ rowsAccepted: 2, rowsRejected: 7, errorCount: 14 });

    const dir = datasetDir(dataDir, result.datasetId!);
    const data = await readParquet(join(dir, 'data.parquet'), dir);
    expect(data.map((r) => r.order_id)).toEqual(['A1', 'A8']);
    expect(data[1]!.partner_id).toBe('=HYPERLINK("http://x","y")');
    expect(data[0]!.pay).toBe('8.5000');
    const rejected = await readParquet(join(dir, 'rejected.parquet'), dir);
    expect(rejected.map((r) => r._line)).toEqual([3, 4, 6, 7, 8, 9, 10]);
    expect(rejected[1]!.partner_id).toBe('two\nlines');
    expect(rejected.at(-1)!._raw).toContain('A9,eleme,r9');
  });

  it('names the line of a bad row after several malformed records in a row', async () => {
    const rows = ['A1', 'A2', 'A3', 'A4', 'A5'].map((order_id) =>
      deliveryRow({ order_id, pay: order_id === 'A4' ? 'x' : '8.50' }),
    );
    const text = csvOf(rows).replace(/^A2,.*$/m, 'A2,eleme,r9\nA2b,eleme\nA2c,x,y,z');
    const { result } = await ingestText(text);
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [3, null, 'A2,eleme,r9', 'malformed_row'],
      [4, null, 'A2b,eleme', 'malformed_row'],
      [5, null, 'A2c,x,y,z', 'malformed_row'],
      [7, 'pay', 'x', 'invalid_money'],
    ]);
  });

  it('says how many lines a record with a quote left open takes in, as they are in no other count', async () => {
    const rows = ['A1', 'A2', 'A3', 'A4', 'A5'].map((order_id) => deliveryRow({ order_id }));
    const text = csvOf(rows).replace(/^A2,eleme,/m, 'A2,"eleme,');
    const { result } = await ingestText(text);
    const malformed = result.errors.filter((e) => e.code === 'malformed_row');
    expect(malformed.map((e) => e.line)).toEqual([3]);
    expect(malformed[0]!.message.en).toContain(
      'the record runs from line 3 to line 6 (4 lines: a quote left open takes in the lines after it)',
    );
    expect(result.rowsAccepted).toBe(1);
  });

  it('reads GB18030 with CRLF line ends and a UTF-8 file with a BOM the same way', async () => {
    const rows = [
      deliveryRow({ order_id: '甲1', partner_id: '浦东新区站' }),
      deliveryRow({ order_id: '甲2', pay: 'x' }),
    ];
    const text = csvOf(rows, undefined, '\r\n');
    const gb = await ingestText(iconv.encode(text, 'gb18030'));
    const bom = await ingestText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    for (const { result, dataDir } of [gb, bom]) {
      expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([[3, 'pay', 'invalid_money']]);
      const dir = datasetDir(dataDir, result.datasetId!);
      const [row] = await readParquet(join(dir, 'data.parquet'), dir);
      expect(row).toMatchObject({ order_id: '甲1', partner_id: '浦东新区站' });
    }
    expect(gb.result.manifest?.source.encoding).toBe('gb18030');
  });

  it('refuses a value holding bytes its encoding cannot read, and a row of bytes that are not UTF-8', async () => {
    // Two riders whose ids differ only in a stray byte must not become one rider.
    const rows = [
      deliveryRow({ order_id: '甲1', partner_id: '浦东新区站' }),
      deliveryRow({ order_id: '甲2', rider_id: 'r#1' }),
      deliveryRow({ order_id: '甲3', rider_id: 'r#2' }),
    ];
    // The stray bytes as a GBK export may hold them: 0xFF, and 0xFE before a comma, where GB18030 has no character.
    const strays = Buffer.from(
      iconv.encode(csvOf(rows), 'gb18030').toString('latin1').replace('r#1', 'r\xff').replace('r#2', 'r\xfe'),
      'latin1',
    );
    const gb = await ingestText(strays);
    expect(gb.result.manifest?.source.encoding).toBe('gb18030');
    expect(gb.result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'rider_id', 'undecodable_text'],
      [4, 'rider_id', 'undecodable_text'],
    ]);
    expect(gb.result.errors[0]!.message.en).toBe(
      'rider_id value "r\uFFFD" holds bytes that cannot be read as GB18030 (shown as \uFFFD) and was not stored; ' +
        "check the file's encoding, or give it with --encoding",
    );
    expect(gb.result.rowsAccepted).toBe(1);

    // A UTF-8 file (as the first megabyte read says) with a GBK line after it.
    const many = Array.from({ length: 12000 }, (_, i) => deliveryRow({ order_id: `甲${i}` }));
    const late = await ingestText(
      Buffer.concat([Buffer.from(csvOf(many)), Buffer.from('Z,r\xfe\n', 'latin1')]),
    );
    expect(late.result.manifest?.source.encoding).toBe('utf-8');
    expect(late.result.errors.map((e) => [e.line, e.code])).toEqual([[12002, 'not_utf8_row']]);
    expect(late.result.rowsAccepted).toBe(12000);
  });

  it('reads the same bytes again when another encoding is declared, as another dataset', async () => {
    const text = csvOf([deliveryRow({ order_id: '甲1', partner_id: '浦东新区站' })]);
    const bytes = iconv.encode(text, 'gb18030');
    const dataDir = await tempDir();
    const path = join(dataDir, 'orders.csv');
    await writeFile(path, bytes);
    const ingest = (encoding: string) =>
      ingestDataset({ path }, { dataDir, kind: 'delivery_orders', pseudonymKey: testKey, now, encoding });
    const asGb = await ingest('auto');
    const asUtf16 = await ingest('utf-16le');
    const again = await ingest('gb18030');
    expect(asUtf16.datasetId).not.toBe(asGb.datasetId);
    expect(again.datasetId).toBe(asGb.datasetId);
    expect(again.reused).toBe(true);
  });

  it('returns the same dataset for the same bytes without ingesting again', async () => {
    const { result, dataDir, path } = await ingestText(
      csvOf([deliveryRow(), deliveryRow({ order_id: 'O2', pay: '' })]),
    );
    const again = await ingestDataset(
      { path },
      { dataDir, kind: 'delivery_orders', pseudonymKey: testKey, now },
    );
    expect(again.datasetId).toBe(result.datasetId);
    expect(again.reused).toBe(true);
    expect(again.errors).toEqual(result.errors);
    // The stored errors name the file they are in.
    const stored = await readStoredErrors(dataDir, result.datasetId!);
    expect(stored.errors).toEqual([expect.objectContaining({ file: basename(path), line: 3 })]);
    expect((await readdir(join(dataDir, 'datasets'))).filter((n) => !n.startsWith('.'))).toHaveLength(1);
  });

  it('stores nothing under policy reject when any row is bad', async () => {
    const { result, dataDir } = await ingestText(
      csvOf([deliveryRow(), deliveryRow({ order_id: 'O2', status: 'x' })]),
      {
        policy: 'reject',
      },
    );
    expect(result.datasetId).toBeNull();
    expect(result).toMatchObject({ rowsAccepted: 0, rowsHeldBack: 1, rowsRejected: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'orders.csv', line: 3 })]);
    expect((await readdir(join(dataDir, 'datasets'))).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect(await readdir(join(dataDir, 'datasets', '.staging'))).toEqual([]);
  });

  it('pseudonymises raw worker ids with the keyed hash and refuses a personal-data column unless mapped', async () => {
    const phoneRows = [
      deliveryRow({ rider_id: '13812345678' }),
      deliveryRow({ order_id: 'O2', rider_id: '31010119900101123x' }),
    ];
    const { result, dataDir } = await ingestText(csvOf(phoneRows));
    const dir = datasetDir(dataDir, result.datasetId!);
    const data = await readParquet(join(dir, 'data.parquet'), dir);
    expect(data.map((r) => r.rider_id)).toEqual([
      pseudonymOf(testKey, '13812345678'),
      pseudonymOf(testKey, '31010119900101123X'),
    ]);
    expect(result.manifest?.pseudonymised).toBe(2);

    const header = [
      'order_id',
      'platform',
      '手机号',
      'created_at',
      'accepted_at',
      'delivered_at',
      'promised_at',
      'distance_m',
      'status',
      'pay',
    ];
    const withPhone = csvOf([{ ...deliveryRow(), 手机号: '13812345678' }], header);
    const refused = await ingestText(withPhone);
    expect(refused.result.datasetId).toBeNull();
    expect(refused.result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, '手机号', 'personal_identifier_column'],
      [1, 'rider_id', 'missing_column'],
    ]);
    const mapped = await ingestText(withPhone, { columnMap: { 手机号: 'rider_id' } });
    expect(mapped.result.rowsAccepted).toBe(1);
  });

  it('leaves nothing behind when aborted', async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => deliveryRow({ order_id: `O${i}` }));
    const dir = await tempDir();
    const path = join(dir, 'big.csv');
    await writeFile(path, csvOf(rows));
    const controller = new AbortController();
    const dataDir = join(dir, 'data');
    const run = ingestDataset(
      { path },
      {
        dataDir,
        kind: 'delivery_orders',
        pseudonymKey: testKey,
        signal: controller.signal,
        onProgress: (p) => p.phase === 'loading' && controller.abort(),
      },
    );
    await expect(run).rejects.toThrow();
    expect(await readdir(join(dataDir, 'datasets'))).toEqual(['.staging']);
    expect(await readdir(join(dataDir, 'datasets', '.staging'))).toEqual([]);
  });

  it('names a path that is missing or a folder, in Chinese and English, and stores nothing', async () => {
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    const options = { dataDir, kind: 'delivery_orders' as const, pseudonymKey: testKey };
    const missing = join(dir, 'missing.csv');
    await expect(ingestDataset({ path: missing }, options)).rejects.toThrow(
      `找不到文件 ${missing} / no such file ${missing}`,
    );
    await expect(ingestDataset({ path: dir }, options)).rejects.toThrow(
      `${dir} 是文件夹，不是文件 / ${dir} is a folder, not a file`,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('other formats', () => {
  it('reads NDJSON with its line numbers', async () => {
    const lines = [deliveryRow(), deliveryRow({ order_id: 'O2', distance_m: '1.5' })].map((r) =>
      JSON.stringify({ ...r, distance_m: Number(r.distance_m), pay: Number(r.pay) }),
    );
    const { result } = await ingestText(lines.join('\n') + '\n', {}, 'orders.ndjson');
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [2, 'distance_m', '1.5', 'invalid_integer'],
    ]);
  });

  it('keeps the manifest as the catalogue row', async () => {
    const { result } = await ingestText(
      csvOf([
        deliveryRow(),
        deliveryRow({
          order_id: 'O2',
          accepted_at: '2025-07-02 08:00:00',
          delivered_at: '2025-07-02 08:20:00',
          promised_at: '2025-07-02 08:30:00',
        }),
      ]),
      {
        createdBy: 'officer-1',
      },
    );
    expect(result.manifest).toMatchObject({
      kind: 'delivery_orders',
      platforms: ['eleme'],
      period: { start: '2025-07-01T10:01:00', end: '2025-07-02T08:00:00' },
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      rowsAccepted: 2,
      createdBy: 'officer-1',
      dataModelVersion: 1,
    });
  });
});
