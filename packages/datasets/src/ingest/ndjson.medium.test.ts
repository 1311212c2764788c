import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDir } from '../store/layout';
import { deliveryRow, readParquet } from '../testing/builders';
import { ingestText } from '../testing/ingest-text';
import type { IngestOptionsInput } from './options';

// Real DuckDB: NDJSON lines that are not one JSON object are set aside one by one, as malformed CSV records are.
const order = (id: string, overrides: Record<string, string> = {}) =>
  JSON.stringify({ ...deliveryRow({ order_id: id, ...overrides }), distance_m: 2500 });

const ingestLines = (lines: string[], options: Partial<IngestOptionsInput> = {}, prefix = '') =>
  ingestText(prefix + lines.join('\n') + '\n', 'delivery_orders', options, 'orders.ndjson');

async function stored(dataDir: string, datasetId: string, dir: string) {
  const at = datasetDir(dataDir, datasetId);
  return {
    data: await readParquet(join(at, 'data.parquet'), dir),
    rejected: await readParquet(join(at, 'rejected.parquet'), dir),
  };
}

describe('an NDJSON line that is not valid JSON', () => {
  it('is refused alone, naming the file and its own line in Chinese and English, and the other lines are stored', async () => {
    const broken = '{"order_id": "O6", "platform": "eleme", "pay": 8.5,';
    const lines = [order('O1'), order('O2'), order('O3'), order('O4'), order('O5'), broken, order('O7')];
    const { result, dataDir, dir } = await ingestLines(lines);
    expect(result.errors).toEqual([
      {
        file: 'orders.ndjson',
        line: 6,
        column: null,
        value: broken,
        code: 'invalid_json_line',
        message: {
          zh: '该行不是有效的 JSON（NDJSON 文件每行须是一个完整的 JSON 对象）',
          en: 'This line is not valid JSON (each line of an NDJSON file must be one complete JSON object)',
        },
      },
    ]);
    expect(result).toMatchObject({ rowsAccepted: 6, rowsRejected: 1, errorCount: 1 });
    const { data, rejected } = await stored(dataDir, result.datasetId!, dir);
    expect(data.map((r) => r.order_id)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5', 'O7']);
    expect(rejected).toEqual([
      expect.objectContaining({ _line: 6, _disposition: 'rejected', _raw: broken, order_id: null }),
    ]);
    expect(rejected[0]!._issues).toEqual([
      expect.objectContaining({ code: 'invalid_json_line', value: broken }),
    ]);
  });

  it('keeps every line number true past blank lines, a byte-order mark, CRLF and lines set aside', async () => {
    const lines = [
      order('O1'), // 1
      '', // 2
      order('O3', { pay: '-1' }), // 3
      '  \t', // 4
      '[1, 2]', // 5: JSON, not an object
      '{"order_id": "O6", "order_id": "O6b", "platform": "eleme"}', // 6: a key twice
      'O7,eleme,r_1', // 7: CSV in an NDJSON file
      `${order('O8', { status: 'Delivered' })}\r`, // 8
      order('O9'), // 9
      order('O1'), // 10: O1 again
    ];
    const { result, dataDir, dir } = await ingestLines(lines, {}, '\ufeff');
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'pay', 'negative_value'],
      [5, null, 'json_not_object'],
      [6, null, 'json_duplicate_key'],
      [7, null, 'invalid_json_line'],
      [8, 'status', 'invalid_enum'],
      [10, 'order_id', 'duplicate_id'],
    ]);
    expect(result.errors.at(-1)!.message.en).toBe('order_id "O1" is a duplicate (first seen on line 1)');
    expect(result.errors[2]!.message).toEqual({
      zh: '该行的对象中键 order_id 出现不止一次，无法确定取哪个值',
      en: 'Key order_id appears more than once in this object, so it is unclear which value holds',
    });
    expect(result).toMatchObject({ rowsAccepted: 2, rowsRejected: 6 });
    const { data, rejected } = await stored(dataDir, result.datasetId!, dir);
    expect(data.map((r) => r.order_id)).toEqual(['O1', 'O9']);
    expect(rejected.map((r) => [r._line, r._raw ?? r.order_id])).toEqual([
      [3, 'O3'],
      [5, '[1, 2]'],
      [6, lines[5]],
      [7, 'O7,eleme,r_1'],
      [8, 'O8'],
      [10, 'O1'],
    ]);
  });

  it('stores a file with blank lines and no bad line in one pass, every row kept', async () => {
    const { result } = await ingestLines(['', order('O1'), '', '', order('O2'), '   ']);
    expect(result).toMatchObject({ rowsAccepted: 2, rowsRejected: 0, errors: [] });
  });

  it('under policy reject stores nothing and holds the valid lines back', async () => {
    const { result, dataDir } = await ingestLines([order('O1'), '{"order_id":', order('O3')], {
      policy: 'reject',
    });
    expect(result).toMatchObject({ datasetId: null, rowsAccepted: 0, rowsHeldBack: 2, rowsRejected: 1 });
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([[2, 'invalid_json_line']]);
    expect((await readdir(join(dataDir, 'datasets'))).filter((n) => !n.startsWith('.'))).toEqual([]);
  });

  it('names every broken line of a file that has no good line, not only the columns it then lacks', async () => {
    const { result } = await ingestLines(['{"order_id": "O1",', '"platform": "eleme"}', 'null']);
    expect(result.datasetId).toBeNull();
    const missing = result.errors.filter((e) => e.code === 'missing_column');
    expect(missing.map((e) => [e.line, e.column])).toContainEqual([0, 'order_id']);
    expect(
      result.errors.filter((e) => e.code !== 'missing_column').map((e) => [e.file, e.line, e.code]),
    ).toEqual([
      ['orders.ndjson', 1, 'invalid_json_line'],
      ['orders.ndjson', 2, 'invalid_json_line'],
      ['orders.ndjson', 3, 'json_not_object'],
    ]);
    expect(result.errorCount).toBe(result.errors.length);
  });
});
