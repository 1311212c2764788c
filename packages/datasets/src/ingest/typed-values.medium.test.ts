import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { datasetDir } from '../store/layout';
import { csvOf, readParquet, tempDir } from '../testing/builders';
import { ingestFile, ingestText } from '../testing/ingest-text';

// Real DuckDB: dates and money as CSV text, typed Parquet columns and XLSX cells give them.
const payrollHeader = [
  'franchisee_id',
  'courier_id',
  'period',
  'amount_due',
  'amount_paid',
  'due_date',
  'paid_at',
];
const payrollRow = (overrides: Record<string, string> = {}) => ({
  franchisee_id: 'F1',
  courier_id: 'c_1',
  period: '2025-10',
  amount_due: '5000',
  amount_paid: '5000',
  due_date: '2025-11-15',
  paid_at: '2025-11-15 18:30:00',
  ...overrides,
});
const lines = (e: { line: number; column: string | null; code: string }[]) =>
  e.map((i) => [i.line, i.column, i.code]);

describe('pay periods', () => {
  it('are months written YYYY-MM, and a refusal says so in words, never with a regular expression', async () => {
    const rows = ['2025-10', '2025-9', '2025-13', '2025/10', '202510'].map((period, i) =>
      payrollRow({ courier_id: `c_${i}`, period }),
    );
    const { result } = await ingestText(csvOf(rows, payrollHeader), 'courier_payroll');
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [3, 'period', '2025-9', 'invalid_month'],
      [4, 'period', '2025-13', 'invalid_month'],
      [5, 'period', '2025/10', 'invalid_month'],
      [6, 'period', '202510', 'invalid_month'],
    ]);
    expect(result.errors[0]!.message).toEqual({
      zh: 'period 的值 “2025-9” 不是写作 YYYY-MM 的月份（如 2025-09）',
      en: 'period value "2025-9" is not a month written YYYY-MM, e.g. 2025-09',
    });
    expect(result.rowsAccepted).toBe(1);
  });
});

describe('dates', () => {
  it('take exactly YYYY-MM-DD: a time or slashes in a date column is refused, never cut to its day', async () => {
    const rows = ['2025-11-15', '2025-11-15T23:00:00Z', '2025-11-15 18:30', '2025/11/15'].map((due_date, i) =>
      payrollRow({ courier_id: `c_${i}`, due_date }),
    );
    const { result } = await ingestText(csvOf(rows, payrollHeader), 'courier_payroll');
    expect(lines(result.errors)).toEqual([
      [3, 'due_date', 'invalid_date'],
      [4, 'due_date', 'invalid_date'],
      [5, 'due_date', 'invalid_date'],
    ]);
    expect(result.errors[0]!.message.en).toBe(
      'due_date value "2025-11-15T23:00:00Z" is not a valid date (YYYY-MM-DD)',
    );
  });
});

describe('days the calendar does not have', () => {
  it('are refused with their own error, in date and timestamp columns alike', async () => {
    const rows = (
      [
        { due_date: '2025-09-31' },
        { due_date: '2025-02-29' },
        { due_date: '2024-02-29', paid_at: '2025-04-31 09:00:00' },
        { paid_at: '2025-13-01T09:00+08:00' },
        { due_date: '2025-9-30' },
      ] as Record<string, string>[]
    ).map((fields, i) => payrollRow({ courier_id: `c_${i}`, ...fields }));
    const { result } = await ingestText(csvOf(rows, payrollHeader), 'courier_payroll');
    expect(lines(result.errors)).toEqual([
      [2, 'due_date', 'no_such_day'],
      [3, 'due_date', 'no_such_day'],
      [4, 'paid_at', 'no_such_day'],
      [5, 'paid_at', 'no_such_day'],
      [6, 'due_date', 'invalid_date'],
    ]);
    expect(result.errors[0]!.message).toEqual({
      zh: 'due_date 的值 “2025-09-31” 写法正确，但日历上没有这一天',
      en: 'due_date value "2025-09-31" is written correctly but names a day the calendar does not have',
    });
    expect(result.rowsAccepted).toBe(0);
  });
});

describe('money', () => {
  it('accepts digits past the fourth place when they are zeros, and refuses any other', async () => {
    const amounts = ['100.000000', '70.5000', '0.12340', '8.12345', '8.123401'];
    const rows = amounts.map((amount_due, i) => payrollRow({ courier_id: `c_${i}`, amount_due }));
    const { result, dataDir } = await ingestText(csvOf(rows, payrollHeader), 'courier_payroll');
    expect(lines(result.errors)).toEqual([
      [5, 'amount_due', 'invalid_money'],
      [6, 'amount_due', 'invalid_money'],
    ]);
    const dir = datasetDir(dataDir, result.datasetId!);
    const data = await readParquet(join(dir, 'data.parquet'), dir);
    expect(data.map((r) => r.amount_due)).toEqual(['100.0000', '70.5000', '0.1234']);
  });

  it('reads a Parquet DECIMAL(18,6) exact at four places, and typed dates and times as they are', async () => {
    const dir = await tempDir();
    const path = join(dir, 'courier_payroll.parquet');
    const db = await DuckSession.open({ tempDirectory: dir });
    await db.run(`COPY (SELECT * FROM (VALUES
        ('F1', 'c_1', '2025-10', 100.000000::DECIMAL(18,6), 70.500000::DECIMAL(18,6), DATE '2025-11-15', TIMESTAMP '2025-11-15 18:30:00'),
        ('F1', 'c_2', '2025-10', 100.000050::DECIMAL(18,6), 0::DECIMAL(18,6), DATE '2025-11-15', NULL))
      t(${payrollHeader.join(', ')})) TO ${sqlString(path)} (FORMAT parquet)`);
    db.close();
    const { result } = await ingestFile(path, 'courier_payroll');
    expect(lines(result.errors)).toEqual([[2, 'amount_due', 'invalid_money']]);
    const stored = datasetDir(join(dir, 'data'), result.datasetId!);
    const data = await readParquet(join(stored, 'data.parquet'), dir);
    expect(data.map((r) => [r.amount_due, r.amount_paid, r.due_date, r.paid_at])).toEqual([
      ['100.0000', '70.5000', '2025-11-15', '2025-11-15 18:30:00'],
    ]);
  });

  it('reads XLSX numbers as Excel shows them, so float noise is no fifth decimal, and date cells as dates', async () => {
    const dir = await tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('payroll');
    sheet.addRow(payrollHeader);
    const wallClock = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
    const row = sheet.addRow([
      'F1',
      'c_1',
      '2025-10',
      0.1 + 0.2,
      8.50001,
      wallClock('2025-11-15 00:00:00'),
      wallClock('2025-11-15 18:30:00'),
    ]);
    row.getCell(6).numFmt = 'yyyy-mm-dd';
    row.getCell(7).numFmt = 'yyyy-mm-dd hh:mm';
    const path = join(dir, 'courier_payroll.xlsx');
    await workbook.xlsx.writeFile(path);
    const { result } = await ingestFile(path, 'courier_payroll');
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [2, 'amount_paid', '8.50001', 'invalid_money'],
    ]);
    const xlsx = join(dir, 'ok.xlsx');
    row.getCell(5).value = 0.3;
    await workbook.xlsx.writeFile(xlsx);
    const { result: ok } = await ingestFile(xlsx, 'courier_payroll');
    const stored = datasetDir(join(dir, 'data'), ok.datasetId!);
    const data = await readParquet(join(stored, 'data.parquet'), dir);
    expect(data.map((r) => [r.amount_due, r.due_date, r.paid_at])).toEqual([
      ['0.3000', '2025-11-15', '2025-11-15 18:30:00'],
    ]);
  });
});
