import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { canonicalDecimal } from '@gigpact/rules';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalDecimalSql, exportFindingsFile, xlsxRowLimit } from './export-findings';

/** A connection with the view `f` as the findings store opens it, holding `count` findings. */
async function findings(count: number): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW f AS SELECT 'late:' || i AS key, 'late' AS clause_id, CAST(i AS VARCHAR) AS finding_key,
    'fd.no_late_money_penalty' AS rule, 'platform' AS liable, 'delivery_orders' AS dataset,
    ['o' || i] AS evidence, CAST('0.1' AS DECIMAL(38, 10)) AS amount, '{}' AS computed, 'eleme' AS platform,
    '310118' AS district, NULL::VARCHAR AS franchisee, 'eleme_rd_' || i AS worker, DATE '2025-09-01' AS day,
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

describe('findings export', () => {
  let close = () => {};
  afterEach(() => close());

  it('refuses an XLSX of more findings than a workbook holds instead of cutting it short', async () => {
    const opened = await findings(xlsxRowLimit + 1);
    close = opened.close;
    await expect(exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'xlsx')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        expect.objectContaining({ path: ['format'], en: expect.stringContaining('export CSV or Parquet') }),
      ],
    });
    const csv = (await exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'csv')).toString('utf8');
    expect(csv.trim().split('\n')).toHaveLength(xlsxRowLimit + 2);
  }, 30_000);

  it('exports amounts as the API shows them — canonical decimal text in CSV and XLSX, an exact DECIMAL in Parquet', async () => {
    const opened = await findings(2);
    close = opened.close;
    const { connection } = opened;
    const csv = (await exportFindingsFile(connection, { kind: 'all' }, {}, 'csv')).toString('utf8');
    const [header, first] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const amountAt = header!.split(',').indexOf('amount');
    expect(first!.split(',')[amountAt]).toBe(canonicalDecimal('0.1000000000'));
    // The district by its code and, for a reader, by its name.
    const columns = header!.split(',');
    expect(first!.split(',')[columns.indexOf('district')]).toBe('310118');
    expect(first!.split(',')[columns.indexOf('district_name')]).toBe('青浦区');
    expect(csv).not.toContain('0.1000000000');

    const workbook = new ExcelJS.Workbook();
    const xlsx = await exportFindingsFile(connection, { kind: 'all' }, {}, 'xlsx');
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('amount');
    expect(sheet.getRow(2).getCell(column).value).toBe('0.1');

    const work = await mkdtemp(path.join(tmpdir(), 'gigpact-export-test-'));
    try {
      const file = path.join(work, 'findings.parquet');
      await writeFile(file, await exportFindingsFile(connection, { kind: 'all' }, {}, 'parquet'));
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
});
