import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

/**
 * Converts the first worksheet of a (small) XLSX file to UTF-8 CSV, streaming rows. Cells are written as the
 * spreadsheet shows them: dates as ISO wall-clock text, formulas as their cached result, text (including text
 * that starts with `=`) unchanged. Blank rows are kept so line numbers match the sheet's row numbers.
 */
export async function xlsxToCsv(xlsxPath: string, csvPath: string, signal?: AbortSignal): Promise<void> {
  const out = createWriteStream(csvPath);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxPath, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let width = 0;
  try {
    for await (const sheet of reader) {
      let expected = 1;
      for await (const row of sheet) {
        signal?.throwIfAborted();
        const values = (row.values as unknown[]).slice(1);
        if (expected === 1) width = values.length;
        for (; expected < row.number; expected++) out.write(','.repeat(Math.max(0, width - 1)) + '\n');
        const cells = Array.from({ length: Math.max(width, values.length) }, (_, i) =>
          csvCell(cellText(values[i])),
        );
        if (!out.write(cells.join(',') + '\n'))
          await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        expected = row.number + 1;
      }
      break;
    }
  } finally {
    await new Promise<void>((resolve) => out.end(resolve));
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return value
      .toISOString()
      .replace('T', ' ')
      .replace(/\.000Z$/, '')
      .replace(/Z$/, '');
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if ('result' in v) return cellText(v.result);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    return JSON.stringify(value);
  }
  return String(value);
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
