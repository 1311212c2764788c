import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { csvOf, deliveryRow, tempDir } from '../testing/builders';
import { ingestFile } from '../testing/ingest-text';

// Real DuckDB and ExcelJS: a file is read with the reader of the format given, whatever it holds.
const formats = ['csv', 'ndjson', 'parquet', 'xlsx'] as const;
type Format = (typeof formats)[number];
const labels: Record<Format, string> = { csv: 'CSV', ndjson: 'NDJSON', parquet: 'Parquet', xlsx: 'XLSX' };
const rows = Array.from({ length: 300 }, (_, i) => deliveryRow({ order_id: `O${i}` }));

/** The same orders in each format, as `delivery_orders.<format>` in `dir`. */
async function ordersInEveryFormat(dir: string): Promise<Record<Format, string>> {
  const at = (format: Format) => join(dir, `delivery_orders.${format}`);
  await writeFile(at('csv'), csvOf(rows));
  await writeFile(at('ndjson'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const db = await DuckSession.open({ tempDirectory: dir });
  await db.run(`COPY (SELECT * FROM read_csv(${sqlString(at('csv'))}, all_varchar = true))
    TO ${sqlString(at('parquet'))} (FORMAT parquet, COMPRESSION uncompressed)`);
  db.close();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('orders');
  sheet.addRow(Object.keys(rows[0]!));
  for (const row of rows) sheet.addRow(Object.values(row));
  await workbook.xlsx.writeFile(at('xlsx'));
  return { csv: at('csv'), ndjson: at('ndjson'), parquet: at('parquet'), xlsx: at('xlsx') };
}

const datasetsIn = async (dataDir: string) =>
  (await readdir(join(dataDir, 'datasets')).catch(() => [])).filter((n) => !n.startsWith('.'));

/** The file ingested in `format`, and the datasets this stored beside those stored before. */
async function ingestAs(path: string, format: Format) {
  const before = await datasetsIn(join(dirname(path), 'data'));
  const { result, dataDir } = await ingestFile(path, 'delivery_orders', { format });
  const stored = (await datasetsIn(dataDir)).filter((n) => !before.includes(n));
  return { result, stored };
}

describe('a file read in a format it is not in', () => {
  let dir: string;
  let files: Record<Format, string>;
  beforeAll(async () => {
    dir = await tempDir();
    files = await ordersInEveryFormat(dir);
  });

  it('reads each file in its own format', async () => {
    for (const format of formats) {
      const { result } = await ingestAs(files[format], format);
      expect(result.rowsAccepted, format).toBe(rows.length);
    }
  });

  it('is refused as a whole, naming the file and the format its extension and content show, nothing stored', async () => {
    for (const given of formats)
      for (const actual of formats.filter((f) => f !== given)) {
        const { result, stored } = await ingestAs(files[actual], given);
        const name = `delivery_orders.${actual}`;
        const at = `${name} read as ${given}`;
        expect(stored, at).toEqual([]);
        expect(result.datasetId, at).toBeNull();
        expect(result.errors, at).toEqual([
          {
            file: name,
            line: 0,
            column: null,
            value: null,
            code: 'not_readable_as_format',
            message: {
              zh: `${name} 不是可读取的 ${labels[given]} 文件（按扩展名和内容是 ${labels[actual]} 文件：请按 ${actual} 格式导入，即 --format ${actual}）`,
              en: `${name} is not a readable ${labels[given]} file (its extension and content say it is ${labels[actual]}: ingest it as ${actual}, with --format ${actual})`,
            },
          },
        ]);
      }
  });

  it('says a Parquet or XLSX file cut short or damaged inside may be truncated or damaged', async () => {
    const cut = async (format: Format) => {
      const bytes = await readFile(files[format]);
      const path = join(dir, `cut.${format}`);
      await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return path;
    };
    const damaged = join(dir, 'damaged.parquet');
    const bytes = Buffer.from(await readFile(files.parquet));
    // The footer, and so the columns, stay readable: the data pages before it are overwritten.
    bytes.fill(0x41, 200, bytes.length - 2000);
    await writeFile(damaged, bytes);
    for (const [path, format] of [
      [await cut('parquet'), 'parquet'],
      [await cut('xlsx'), 'xlsx'],
      [damaged, 'parquet'],
    ] as const) {
      const { result, stored } = await ingestAs(path, format);
      expect(stored, path).toEqual([]);
      expect(
        result.errors.map((e) => [e.code, e.message.en]),
        path,
      ).toEqual([
        [
          'not_readable_as_format',
          `${path.split('/').pop()} is not a readable ${labels[format]} file (the file may be truncated or damaged)`,
        ],
      ]);
    }
  });

  it('names a spreadsheet archive without a worksheet as no readable XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const path = join(dir, 'empty.xlsx');
    await workbook.xlsx.writeFile(path).catch(async () => {
      // ExcelJS refuses to write a workbook without a sheet: an empty ZIP archive stands in for it.
      await writeFile(path, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]));
    });
    const { result } = await ingestAs(path, 'xlsx');
    expect(result.errors.map((e) => e.code)).toEqual(['not_readable_as_format']);
  });
});
