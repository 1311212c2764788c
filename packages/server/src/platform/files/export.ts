import { neutraliseCell } from '@gigpact/datasets';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/**
 * A list as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese right) or XLSX. Text that a spreadsheet
 * would run as a formula is neutralised in both.
 */
export async function exportTable<Row>(
  rows: Row[],
  columns: ExportColumn<Row>[],
  format: 'csv' | 'xlsx',
  sheetName = 'Gigpact',
): Promise<Buffer> {
  const cell = (v: string | number | null) => (typeof v === 'string' ? neutraliseCell(v) : (v ?? ''));
  if (format === 'csv') {
    const body = stringify([
      columns.map((c) => c.header),
      ...rows.map((r) => columns.map((c) => cell(c.value(r)))),
    ]);
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => cell(c.value(row))));
  columns.forEach((_, i) => (sheet.getColumn(i + 1).width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
