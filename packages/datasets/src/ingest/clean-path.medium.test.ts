import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalDatasets } from '@gigpact/contracts';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DuckSession } from '../duck/session';
import { datasetDir } from '../store/layout';
import { csvOf, deliveryRow, readParquet, tempDir, testKey } from '../testing/builders';
import { writeCleanDataset } from './clean-path';
import { ingestDataset } from './ingest';
import { describeSource, openSource } from './load-source';
import { mapColumns } from './mapping';
import { maskIdentifiers } from './personal-data';
import { validateSource } from './validate';
import { writeDataset } from './write-dataset';

const now = '2026-01-01 00:00:00';
const spec = canonicalDatasets.delivery_orders;
const header = [
  ...Object.keys(deliveryRow()),
  'subsidy',
  'rider_type',
  'fee_shown_before_accept',
  'district',
];

/** Values each column may hold in a real export: valid, odd-but-valid, and refused ones. */
const edgeValues: Record<string, string[]> = {
  district: ['徐汇区', 'Xuhui', 'ＸＵＨＵＩ', '', 'Xuhuii', 'Manhattan', '13812345678'],
  created_at: [
    '2025-07-01T10:00:00',
    '2025-07-01 10:00:00.5',
    '2025-07-01 02:00:00Z',
    '2025-07-01 10:00:00+08:00',
    '2025-06-30 21:00:00 -0500',
    '2025/07/01 10:00',
    '2025/07/01',
    '2025-07-01 02:00:00 UTC',
    '2025-07-01T10:00+08',
    '2025-07-01 10:00:00+25:00',
    '2025-07-01',
    ' 2025-07-01 10:00:00 ',
    '\u00a02025-07-01 10:00:00\u3000',
    '\t2025-07-01 10:00:00',
    '2025-07-01 10:00:00\t',
    '2025-7-1 10:00:00',
    '2025-02-30 10:00:00',
    '2025-07-01 24:00:00',
    'infinity',
    'epoch',
    '2030-01-01 00:00:00',
    '2025-07-01 11:00:00',
    'yesterday',
    '',
  ],
  pay: [
    '8.5',
    '8',
    '8.50001',
    '8.500000',
    '8.1234',
    '-1.5',
    '+1.5',
    '1e2',
    '.5',
    '8.',
    ' 8.50',
    '８.５',
    '8,5',
    '',
    '-0',
  ],
  distance_m: ['2500', '2500.0', '1e3', '+5', '-5', '007', '99999999999999999999', ' 25 ', '2_500', ''],
  status: ['Cancelled', 'DELIVERED', 'delivered\u00a0', '\tdelivered', 'cancelled'],
  rider_id: [
    '13812345678',
    '+86 138-1234-5678',
    '１３８１２３４５６７８',
    '31010119900101123x',
    'psn_0123456789abcdef',
    ' r_001 ',
    '',
  ],
  partner_id: ['13812345678', '=HYPERLINK("http://x","y")', 'two\nlines', '\u3000', '"quoted"', 'a,b'],
  weather_alert_level: ['4', '5', '-1', '1.0', 'x'],
  subsidy: ['0.0000', '-0.01', '2'],
  rider_type: ['crowd', 'Crowd', ''],
  fee_shown_before_accept: ['true', 'TRUE', '1', '0', 'yes', 't'],
  delivered_at: ['', '2025-07-01 09:30:00', '2025-07-01 10:30:00+08:00'],
  order_id: ['O1', ' O1', '13812345678'],
};

async function stage(rows: Record<string, string>[], newline = '\n') {
  const dir = await tempDir();
  const path = join(dir, 'orders.csv');
  await writeFile(path, csvOf(rows, header, newline));
  return { dir, path };
}

/** Runs one path on its own DuckDB session, as `ingestDataset` does, and reads back everything it stored. */
async function runPath(path: string, dir: string, which: 'clean' | 'exact') {
  const outDir = join(dir, which);
  await mkdir(outDir, { recursive: true });
  const db = await DuckSession.open({ tempDirectory: dir });
  try {
    const head = (await readFile(path)).subarray(0, 65536).toString('utf8');
    const file = { format: 'csv' as const, path, head, hasQuotes: head.includes('"') };
    const columns = await describeSource(db, file);
    const mapping = mapColumns(spec, columns, { columnMap: {} }, null);
    const source = await openSource(db, file, columns, false);
    const scan = { timeZone: 'Asia/Shanghai', now };
    let outcome;
    if (which === 'clean') {
      outcome = await writeCleanDataset(db, source, spec, mapping, {
        ...scan,
        pseudonymKey: testKey,
        outDir,
      });
      if (!outcome) return null;
    } else {
      const validation = await validateSource(db, source, spec, mapping, { ...scan, maxErrors: 1000 });
      const written = await writeDataset(db, source, spec, mapping, validation, outDir, testKey);
      outcome = { validation, written };
    }
    return {
      ...outcome,
      data: await readParquet(join(outDir, 'data.parquet'), dir),
      dataSchema: await db.rows(`DESCRIBE SELECT * FROM read_parquet('${join(outDir, 'data.parquet')}')`),
      rejected: await readParquet(join(outDir, 'rejected.parquet'), dir),
      rejectedSchema: await db.rows(
        `DESCRIBE SELECT * FROM read_parquet('${join(outDir, 'rejected.parquet')}')`,
      ),
    };
  } finally {
    db.close();
  }
}

describe('the one-pass path for files without bad rows', () => {
  it('stores exactly what the exact path stores, or gives the file to it, for every edge value of every column', async () => {
    let clean = 0;
    let handedOver = 0;
    for (const [column, values] of Object.entries(edgeValues)) {
      for (const value of values) {
        const rows = [deliveryRow({ order_id: 'O0' }), deliveryRow({ order_id: 'O9', [column]: value })];
        const { dir, path } = await stage(rows, value.length % 2 ? '\r\n' : '\n');
        const fast = await runPath(path, dir, 'clean');
        const label = `${column}=${JSON.stringify(value)}`;
        if (fast === null) {
          handedOver++;
          continue;
        }
        clean++;
        const exact = await runPath(path, dir, 'exact');
        expect(exact!.validation, label).toEqual(fast.validation);
        expect(fast.written, label).toEqual(exact!.written);
        expect(fast.data, label).toEqual(exact!.data);
        expect(fast.dataSchema, label).toEqual(exact!.dataSchema);
        expect(fast.rejected, label).toEqual([]);
        expect(fast.rejectedSchema, label).toEqual(exact!.rejectedSchema);
      }
    }
    // Both paths are exercised: odd-but-valid values go the fast way, refused ones are handed over.
    expect(clean).toBeGreaterThan(30);
    expect(handedOver).toBeGreaterThan(30);
    // Some eighty small ingests, twice over for the clean ones: more than the default minute on a busy machine.
  }, 300_000);

  it('hands over a file with a malformed record, a repeated id or a worker id shaped like a pseudonym', async () => {
    const cases: Record<string, string> = {
      malformed: csvOf([deliveryRow()], header) + 'O2,eleme\n',
      repeated: csvOf([deliveryRow(), deliveryRow()], header),
      pseudonymLike: csvOf([deliveryRow({ rider_id: 'psn_rider' })], header),
    };
    for (const [name, text] of Object.entries(cases)) {
      const dir = await tempDir();
      const path = join(dir, `${name}.csv`);
      await writeFile(path, text);
      expect(await runPath(path, dir, 'clean'), name).toBeNull();
      const exact = (await runPath(path, dir, 'exact'))!;
      expect(exact.validation.accepted, name).toBeGreaterThan(0);
      // Through `ingestDataset` the exact path runs in the session the one pass gave up: same outcome.
      const result = await ingestDataset(
        { path },
        { dataDir: join(dir, 'data'), kind: 'delivery_orders', pseudonymKey: testKey, now },
      );
      expect([result.rowsAccepted, result.rowsRejected, result.manifest?.pseudonymised], name).toEqual([
        exact.validation.accepted,
        exact.validation.rejected,
        exact.written.pseudonymised,
      ]);
      expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual(
        exact.validation.firstErrors.map((e) => [e.line, e.column, maskIdentifiers(e.value), e.code]),
      );
      const stored = datasetDir(join(dir, 'data'), result.datasetId!);
      expect(await readParquet(join(stored, 'data.parquet'), dir), name).toEqual(exact.data);
      expect(await readParquet(join(stored, 'rejected.parquet'), dir), name).toEqual(exact.rejected);
    }
  });

  it('gives every edge row of one file the same lines, codes, stored rows and rejects as the exact path', async () => {
    const rows = Object.entries(edgeValues).flatMap(([column, values]) =>
      values.map((value, i) => deliveryRow({ order_id: `${column}-${i}`, [column]: value })),
    );
    const { dir, path } = await stage(rows);
    const result = await ingestDataset(
      { path },
      { dataDir: join(dir, 'data'), kind: 'delivery_orders', pseudonymKey: testKey, now },
    );
    const exact = (await runPath(path, dir, 'exact'))!;
    expect(result.rowsAccepted).toBe(exact.validation.accepted);
    expect(result.rowsRejected).toBe(exact.validation.rejected);
    // The validation finds values as read; the errors the ingest reports have the numbers in them masked.
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual(
      exact.validation.firstErrors.map((e) => [e.line, e.column, maskIdentifiers(e.value), e.code]),
    );
    const stored = datasetDir(join(dir, 'data'), result.datasetId!);
    expect(await readParquet(join(stored, 'data.parquet'), dir)).toEqual(exact.data);
    expect(await readParquet(join(stored, 'rejected.parquet'), dir)).toEqual(exact.rejected);
    expect(result.manifest).toMatchObject(exact.written);
  });

  it('stores a clean GB18030 file with CRLF line ends as its UTF-8 twin', async () => {
    const rows = [
      deliveryRow({ partner_id: '浦东新区站' }),
      deliveryRow({ order_id: '甲2', district: '徐汇区' }),
    ];
    const text = csvOf(rows, header, '\r\n');
    const dir = await tempDir();
    const stored = [];
    for (const [name, bytes] of [
      ['gb.csv', iconv.encode(text, 'gb18030')],
      ['utf8.csv', Buffer.from(text)],
    ] as const) {
      await writeFile(join(dir, name), bytes);
      const result = await ingestDataset(
        { path: join(dir, name) },
        { dataDir: join(dir, 'data'), kind: 'delivery_orders', pseudonymKey: testKey, now },
      );
      expect(result.rowsAccepted).toBe(2);
      stored.push(
        await readParquet(join(datasetDir(join(dir, 'data'), result.datasetId!), 'data.parquet'), dir),
      );
    }
    expect(stored[0]).toEqual(stored[1]);
    expect(stored[0]!.map((r) => [r.order_id, r.partner_id, r.district])).toEqual([
      ['O1', '浦东新区站', null],
      ['甲2', '徐汇站', '徐汇区'],
    ]);
  });

  it('stops, leaving nothing behind, when cancelled while checking', async () => {
    const { dir, path } = await stage([deliveryRow()]);
    const controller = new AbortController();
    const dataDir = join(dir, 'data');
    const run = ingestDataset(
      { path },
      {
        dataDir,
        kind: 'delivery_orders',
        pseudonymKey: testKey,
        signal: controller.signal,
        onProgress: (p) => p.phase === 'validating' && controller.abort(),
      },
    );
    await expect(run).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toContain('O1');
    expect(await readdir(join(dataDir, 'datasets', '.staging'))).toEqual([]);
  });
});
