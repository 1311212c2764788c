import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type * as Datasets from '@gigpact/datasets';
import { neutraliseCell } from '@gigpact/datasets';
import { canonicalDecimal, type Agreement } from '@gigpact/rules';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  amountCell,
  canonicalDecimalSql,
  exportFindingsFile,
  runWithoutFindings,
  workerAlias,
  xlsxRowLimit,
  type WorkerAliasing,
} from './export-findings';

// Text cells are neutralised as they are written: watched to see when (`neutraliseCell` is otherwise itself).
vi.mock('@gigpact/datasets', async (importOriginal) => {
  const actual = await importOriginal<typeof Datasets>();
  return { ...actual, neutraliseCell: vi.fn(actual.neutraliseCell) };
});

/** The clauses of the findings below, by the rules that shape their keys. */
const agreement = {
  id: 'export-test',
  industry: 'food_delivery',
  clauses: [
    { id: 'late', rule: 'fd.no_late_money_penalty' },
    { id: 'pay', rule: 'fd.min_hourly_pay' },
    { id: 'rest', rule: 'fd.continuous_work_rest' },
    { id: 'eta', rule: 'fd.eta_speed_floor' },
    { id: 'wage', rule: 'ex.wage_arrears' },
  ],
} as unknown as Agreement;

const aliasing: WorkerAliasing = {
  runId: '6f1c2b9e-0000-4000-8000-000000000001',
  secret: 'a test secret of the server',
};

/** The columns of the view `f` as the findings store opens it. */
const findingColumns = `key, clause_id, finding_key, rule, liable, dataset, evidence, amount, '{}' AS computed, platform,
  district, CASE WHEN district IS NULL THEN ['310101', '310118'] ELSE [district] END AS districts, franchisee, worker,
  day, month, 'new' AS state, 1 AS version`;

/**
 * A connection with the view `f` holding `count` findings of one clause, in order of their keys (`00000`, …); every
 * other one names a franchisee a spreadsheet would run as a formula; amounts 0.01, 0.02, …
 */
async function numberedFindings(count: number): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW f AS SELECT ${findingColumns} FROM (
    SELECT 'late:' || lpad(CAST(i AS VARCHAR), 5, '0') AS key, 'late' AS clause_id,
      lpad(CAST(i AS VARCHAR), 5, '0') AS finding_key, 'fd.no_late_money_penalty' AS rule, 'platform' AS liable,
      'delivery_orders' AS dataset, ['o' || i] AS evidence, CAST((i + 1) / 100 AS DECIMAL(38, 10)) AS amount,
      'eleme' AS platform, '310118' AS district,
      CASE WHEN i % 2 = 0 THEN '=SUM(A1:A9)' ELSE 'fr' || i END AS franchisee, 'eleme_rd_' || (i % 100) AS worker,
      DATE '2025-09-01' AS day, '2025-09' AS month
    FROM range(${count}) t(i))`);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A connection with the view `f` as the findings store opens it, holding `count` findings. */
async function findings(count: number): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW f AS SELECT 'late:' || i AS key, 'late' AS clause_id, CAST(i AS VARCHAR) AS finding_key,
    'fd.no_late_money_penalty' AS rule, 'platform' AS liable, 'delivery_orders' AS dataset,
    ['o' || i] AS evidence, CAST('0.1' AS DECIMAL(38, 10)) AS amount, '{}' AS computed, 'eleme' AS platform,
    '310118' AS district, ['310118'] AS districts, NULL::VARCHAR AS franchisee, 'eleme_rd_' || i AS worker,
    DATE '2025-09-01' AS day,
    '2025-09' AS month, 'new' AS state, 1 AS version
    FROM range(${count}) t(i)`);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const rider = 'eleme_rd_X0007';
const pseudonymous = 'psn_6ccc38addab5d589a9bb36de3849e2e2';
const courier = 'jt_cr_0042';

/**
 * Findings naming workers in every place an export could carry them: a rider's day (grouped by worker and day,
 * keyed `worker|day`), one of the rider's orders, a pseudonymous rider's day, and a courier's payroll line, keyed
 * and evidenced by its name (franchisee, courier and period).
 */
async function findingsNamingWorkers(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW f AS SELECT ${findingColumns} FROM (VALUES
    ('pay:${rider}|2025-09-01', 'pay', '${rider}|2025-09-01', 'fd.min_hourly_pay', 'partner', 'delivery_orders',
      ['o1', 'o2'], CAST('180' AS DECIMAL(38, 10)), 'eleme', NULL, 'pt1', '${rider}', DATE '2025-09-01', '2025-09'),
    ('pay:${pseudonymous}|2025-09-01', 'pay', '${pseudonymous}|2025-09-01', 'fd.min_hourly_pay', 'partner',
      'delivery_orders', ['o3'], CAST('51.4' AS DECIMAL(38, 10)), 'eleme', NULL, 'pt1', '${pseudonymous}',
      DATE '2025-09-01', '2025-09'),
    ('rest:o2', 'rest', 'o2', 'fd.continuous_work_rest', 'platform', 'delivery_orders', ['o2'], NULL, 'eleme',
      '310118', 'pt1', '${rider}', DATE '2025-09-01', '2025-09'),
    ('wage:fr1|${courier}|2025-09', 'wage', 'fr1|${courier}|2025-09', 'ex.wage_arrears', 'franchisee',
      'courier_payroll', ['fr1|${courier}|2025-09'], CAST('0.05' AS DECIMAL(38, 10)), NULL, NULL, 'fr1',
      '${courier}', NULL, '2025-09')
    ) t(key, clause_id, finding_key, rule, liable, dataset, evidence, amount, platform, district, franchisee, worker,
      day, month)`);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A CSV export's rows as objects by header (no field of these holds a comma). */
function csvRows(bytes: Buffer): Record<string, string>[] {
  const [header, ...lines] = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('findings export', () => {
  let close = () => {};
  afterEach(() => close());

  it('refuses an XLSX of more findings than a workbook holds instead of cutting it short', async () => {
    const opened = await findings(xlsxRowLimit + 1);
    close = opened.close;
    await expect(
      exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'xlsx', aliasing, agreement),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        expect.objectContaining({ path: ['format'], en: expect.stringContaining('export CSV or Parquet') }),
      ],
    });
    const csv = await exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'csv', aliasing, agreement);
    expect(csv.rows).toBe(xlsxRowLimit + 1);
    expect(csv.file.toString('utf8').trim().split('\n')).toHaveLength(xlsxRowLimit + 2);
  }, 30_000);

  it('exports amounts as the API shows them — canonical decimal text in CSV, a number in XLSX, an exact DECIMAL in Parquet', async () => {
    const opened = await findings(2);
    close = opened.close;
    const { connection } = opened;
    const csv = (await exportFindingsFile(connection, { kind: 'all' }, {}, 'csv', aliasing, agreement)).file;
    const [first] = csvRows(csv);
    expect(first!.amount).toBe(canonicalDecimal('0.1000000000'));
    // The district by its code and, for a reader, by its name.
    expect(first).toMatchObject({ district: '310118', district_name: '青浦区' });
    expect(csv.toString('utf8')).not.toContain('0.1000000000');

    const sheet = await workbook(
      (await exportFindingsFile(connection, { kind: 'all' }, {}, 'xlsx', aliasing, agreement)).file,
    );
    const column = (sheet.getRow(1).values as unknown[]).indexOf('amount');
    expect(sheet.getRow(2).getCell(column).value).toBe(0.1);
    expect(sheet.getRow(2).getCell(column).numFmt).toBe('#,##0.00');

    const work = await mkdtemp(path.join(tmpdir(), 'gigpact-export-test-'));
    try {
      const file = path.join(work, 'findings.parquet');
      await writeFile(
        file,
        (await exportFindingsFile(connection, { kind: 'all' }, {}, 'parquet', aliasing, agreement)).file,
      );
      const reader = await connection.runAndReadAll(
        `SELECT typeof(amount) AS type, CAST(amount AS VARCHAR) AS amount, amount = 0.1 AS exact
         FROM read_parquet('${file}') LIMIT 1`,
      );
      expect(reader.getRowObjectsJson()).toEqual([
        { type: 'DECIMAL(38,10)', amount: '0.1000000000', exact: true },
      ]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('writes every amount in its canonical form, as canonicalDecimal does', async () => {
    const opened = await findings(0);
    close = opened.close;
    const values = ['0.1', '5', '-0', '100', '-12.30', '0.0000000001', '123456789.5'];
    const reader = await opened.connection.runAndReadAll(
      `SELECT ${canonicalDecimalSql('a')} AS text FROM (SELECT unnest(from_json($1::JSON, '["VARCHAR"]'))::DECIMAL(38, 10) AS a)`,
      [JSON.stringify(values)],
    );
    expect(reader.getRowObjectsJson().map((r) => r.text)).toEqual(values.map(canonicalDecimal));
  });

  it('puts no worker id in any format: each worker by one alias, in the worker column, keys and evidence', async () => {
    const opened = await findingsNamingWorkers();
    close = opened.close;
    const { connection } = opened;
    const [riderAlias, pseudonymAlias, courierAlias] = [rider, pseudonymous, courier].map((w) =>
      workerAlias(aliasing, w),
    );
    const csv = await exportFindingsFile(connection, { kind: 'all' }, {}, 'csv', aliasing, agreement);
    expect(csv.rows).toBe(4);
    // In order of clause and key as exported, so that the order says nothing of the workers' ids.
    const pays = [
      [`pay:${riderAlias}|2025-09-01`, `${riderAlias}|2025-09-01`, riderAlias, 'o1;o2'],
      [`pay:${pseudonymAlias}|2025-09-01`, `${pseudonymAlias}|2025-09-01`, pseudonymAlias, 'o3'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(csvRows(csv.file).map((r) => [r.key, r.finding_key, r.worker, r.evidence])).toEqual([
      ...pays,
      ['rest:o2', 'o2', riderAlias, 'o2'],
      [
        `wage:fr1|${courierAlias}|2025-09`,
        `fr1|${courierAlias}|2025-09`,
        courierAlias,
        `fr1|${courierAlias}|2025-09`,
      ],
    ]);
    expect(new Set([riderAlias, pseudonymAlias, courierAlias]).size).toBe(3);
    // A rider's day has no district of its own; the districts its rows lie in say where the work was done.
    expect(csvRows(csv.file).map((r) => [r.clause_id, r.district, r.districts])).toEqual([
      ['pay', '', '310101;310118'],
      ['pay', '', '310101;310118'],
      ['rest', '310118', '310118'],
      ['wage', expect.any(String), expect.any(String)],
    ]);

    const sheet = await workbook(
      (await exportFindingsFile(connection, { kind: 'all' }, {}, 'xlsx', aliasing, agreement)).file,
    );
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(`pay:${riderAlias}|2025-09-01`);

    const work = await mkdtemp(path.join(tmpdir(), 'gigpact-export-test-'));
    try {
      const file = path.join(work, 'findings.parquet');
      await writeFile(
        file,
        (await exportFindingsFile(connection, { kind: 'all' }, {}, 'parquet', aliasing, agreement)).file,
      );
      const parquet = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
      const texts = [
        csv.file.toString('utf8'),
        cells.join('\n'),
        JSON.stringify(parquet.getRowObjectsJson()),
      ];
      for (const text of texts) {
        for (const id of [rider, pseudonymous, courier]) expect(text).not.toContain(id);
        expect(text).not.toContain('****');
        expect(text).toContain(riderAlias);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('aliases workers where the keys’ shapes put them, never an order whose id happens to equal a worker’s', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    close = () => {
      connection.closeSync();
      instance.closeSync();
    };
    // Rider x1's order x1, rider x3's order x9, rider x9's day; and a driver's own export read beside other trips,
    // its rides named by platform, driver and ride.
    await connection.run(`CREATE VIEW f AS SELECT ${findingColumns} FROM (VALUES
      ('eta:x1', 'eta', 'x1', 'fd.eta_speed_floor', 'platform', 'delivery_orders', ['x1'], NULL, 'eleme', NULL,
        NULL, 'x1', DATE '2025-07-02', '2025-07'),
      ('eta:x9', 'eta', 'x9', 'fd.eta_speed_floor', 'platform', 'delivery_orders', ['x9'], NULL, 'eleme', NULL,
        NULL, 'x3', DATE '2025-07-02', '2025-07'),
      ('pay:x9|2025-07-02', 'pay', 'x9|2025-07-02', 'fd.min_hourly_pay', 'platform', 'delivery_orders', ['x2'],
        CAST('3' AS DECIMAL(38, 10)), 'eleme', NULL, NULL, 'x9', DATE '2025-07-02', '2025-07'),
      ('late:uber|d1|4', 'late', 'uber|d1|4', 'rh.commission_cap', 'platform', 'ride_trips', ['uber|d1|4'], NULL,
        'uber', NULL, NULL, 'd1', DATE '2025-07-02', '2025-07')
      ) t(key, clause_id, finding_key, rule, liable, dataset, evidence, amount, platform, district, franchisee,
        worker, day, month)`);
    const [x1, x3, x9, d1] = ['x1', 'x3', 'x9', 'd1'].map((w) => workerAlias(aliasing, w));
    const csv = await exportFindingsFile(connection, { kind: 'all' }, {}, 'csv', aliasing, agreement);
    expect(csvRows(csv.file).map((r) => [r.finding_key, r.worker, r.evidence])).toEqual([
      ['x1', x1, 'x1'],
      ['x9', x3, 'x9'],
      [`uber|${d1}|4`, d1, `uber|${d1}|4`],
      [`${x9}|2025-07-02`, x9, 'x2'],
    ]);
  });

  it('gives a worker another alias in another run and under another secret, so exports do not link', () => {
    const alias = workerAlias(aliasing, rider);
    expect(alias).toMatch(/^w_[0-9a-f]{16}$/);
    expect(workerAlias({ ...aliasing }, rider)).toBe(alias);
    expect(workerAlias({ ...aliasing, runId: 'another run' }, rider)).not.toBe(alias);
    expect(workerAlias({ ...aliasing, secret: 'another secret of a server' }, rider)).not.toBe(alias);
  });

  it('writes an amount a spreadsheet holds exactly as a number, with as many decimals as it has, and any other as text', async () => {
    expect(amountCell('180')).toEqual({ value: 180, numFmt: '#,##0.00' });
    expect(amountCell('-12.3')).toEqual({ value: -12.3, numFmt: '#,##0.00' });
    expect(amountCell('3578.2999999998')).toEqual({ value: 3578.2999999998, numFmt: '#,##0.0000000000' });
    expect(amountCell('0.0000000001')).toEqual({ value: 1e-10, numFmt: '#,##0.0000000000' });
    // Sixteen significant digits: a spreadsheet would keep fifteen, so the exact text stays.
    expect(amountCell('1234567890123456.5')).toEqual({ value: '1234567890123456.5' });
    expect(amountCell('0.1234567890123456')).toEqual({ value: '0.1234567890123456' });
    expect(amountCell(null)).toEqual({ value: null });

    const opened = await findingsNamingWorkers();
    close = opened.close;
    const sheet = await workbook(
      (await exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'xlsx', aliasing, agreement)).file,
    );
    const header = sheet.getRow(1).values as unknown[];
    const amounts = Object.fromEntries(
      [2, 3, 4, 5].map((r) => [
        sheet.getRow(r).getCell(header.indexOf('clause_id')).value,
        sheet.getRow(r).getCell(header.indexOf('amount')).value,
      ]),
    );
    expect(amounts).toEqual({ pay: expect.any(Number), rest: null, wage: 0.05 });
    expect([2, 3].map((r) => sheet.getRow(r).getCell(header.indexOf('amount')).value).sort()).toEqual([
      180, 51.4,
    ]);
  });

  it('writes an XLSX of thousands of findings a few rows at a time, letting other work run in between, with the cells as before', async () => {
    const count = 5_000;
    const opened = await numberedFindings(count);
    close = opened.close;
    const { neutraliseCell: actualNeutraliseCell } =
      await vi.importActual<typeof Datasets>('@gigpact/datasets');
    // Other work: a callback that runs on every turn of the event loop, counting them.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    const turnOfCell: number[] = [];
    vi.mocked(neutraliseCell).mockImplementation((value) => {
      turnOfCell.push(turns);
      return actualNeutraliseCell(value);
    });
    setImmediate(tick);
    let exported: Awaited<ReturnType<typeof exportFindingsFile>>;
    try {
      exported = await exportFindingsFile(
        opened.connection,
        { kind: 'all' },
        {},
        'xlsx',
        aliasing,
        agreement,
      );
    } finally {
      ticking = false;
      vi.mocked(neutraliseCell).mockImplementation(actualNeutraliseCell);
    }
    expect(exported.rows).toBe(count);
    expect(turns).toBeGreaterThan(100);
    // The rows' cells were made over many turns, none of which made more than a tenth of them: an export built
    // in one go would have made them all in one turn, holding up everything else.
    const cellsByTurn = new Map<number, number>();
    for (const turn of turnOfCell) cellsByTurn.set(turn, (cellsByTurn.get(turn) ?? 0) + 1);
    expect(turnOfCell.length).toBeGreaterThanOrEqual(count * 10);
    expect(cellsByTurn.size).toBeGreaterThanOrEqual(20);
    expect(Math.max(...cellsByTurn.values())).toBeLessThanOrEqual(turnOfCell.length / 10);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.file as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['findings']);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(count + 1);
    const names = [
      'key',
      'clause_id',
      'finding_key',
      'rule',
      'liable',
      'state',
      'platform',
      'district',
      'district_name',
      'districts',
      'franchisee',
      'worker',
      'day',
      'month',
      'amount',
      'evidence',
    ];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(names);
    sheet.getRow(1).eachCell((cell) => expect(cell.font).toMatchObject({ bold: true }));
    expect(names.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(names.map(() => 18));
    const cellsOf = (r: number) =>
      Object.fromEntries(names.map((name, i) => [name, sheet.getRow(r).getCell(i + 1).value]));
    const alias = (i: number) => workerAlias(aliasing, `eleme_rd_${i % 100}`);
    const expected = (i: number) => ({
      key: `late:${String(i).padStart(5, '0')}`,
      clause_id: 'late',
      finding_key: String(i).padStart(5, '0'),
      rule: 'fd.no_late_money_penalty',
      liable: 'platform',
      state: 'new',
      platform: 'eleme',
      district: '310118',
      district_name: '青浦区',
      districts: '310118',
      franchisee: i % 2 === 0 ? "'=SUM(A1:A9)" : `fr${i}`,
      worker: alias(i),
      day: '2025-09-01',
      month: '2025-09',
      amount: (i + 1) / 100,
      evidence: `o${i}`,
    });
    for (const i of [0, 1, 2, 999, 1000, 2001, count - 1]) expect(cellsOf(i + 2)).toEqual(expected(i));
    const amountAt = names.indexOf('amount') + 1;
    expect(sheet.getRow(2).getCell(amountAt).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(2).getCell(names.indexOf('franchisee') + 1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(names.indexOf('franchisee') + 1).font?.bold).toBeFalsy();
  }, 30_000);

  it('says why a run that did not succeed holds no findings, as a 409 in Chinese and English', () => {
    expect(runWithoutFindings('succeeded')).toBeUndefined();
    for (const [status, en] of [
      ['cancelled', 'cancelled'],
      ['failed', 'failed'],
      ['running', 'not finished'],
      ['queued', 'not finished'],
    ] as const) {
      const error = runWithoutFindings(status);
      expect(error).toMatchObject({ code: 'CONFLICT', status: 409 });
      expect(error?.message).toContain(en);
      expect(JSON.stringify((error as unknown as { detail: unknown }).detail)).toMatch(/审计任务/);
    }
  });
});
