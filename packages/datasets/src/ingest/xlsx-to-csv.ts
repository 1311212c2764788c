import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

/**
 * Converts the first worksheet of a (small) XLSX file to UTF-8 CSV, streaming rows. Cells are written as the
 * spreadsheet shows them: dates as ISO wall-clock text, formulas as their cached result, text (including text
 * that starts with `=`) unchanged. Blank rows are kept so line numbers match the sheet's row numbers. A file that
 * is no workbook, or one without a worksheet, throws.
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
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      let expected = 1;
      for await (const row of sheet) {
        signal?.throwIfAborted();
        const values = (row.values as unknown[]).slice(1);
        if (expected === 1) width = values.length;
        for (; expected < row.number; expected++) out.write(','.repeat(Math.max(0, width - 1)) + '\n');
        const cells = Array.from({ length: Math.max(width, values.length) }, (_, i) =>
          csvCell(cellText(values[i], () => row.getCell(i + 1).numFmt)),
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
  if (sheets === 0) throw new Error('the workbook has no worksheet');
}

/**
 * A cell as the sheet shows it. Dates are wall-clock text; a cell formatted as a date alone (no hours or seconds
 * in its number format) holding midnight is the date `YYYY-MM-DD`. Numbers are read as Excel shows them, to 15
 * significant digits, so binary noise such as 0.30000000000000004 reads 0.3; integers are kept whole.
 */
function cellText(value: unknown, numFmt: () => string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const text = value
      .toISOString()
      .replace('T', ' ')
      .replace(/\.000Z$/, '')
      .replace(/Z$/, '');
    return text.endsWith(' 00:00:00') && isDateFormat(numFmt()) ? text.slice(0, 10) : text;
  }
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if ('result' in v) return cellText(v.result, numFmt);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Whether a number format shows a date without a time: no hours or seconds outside quoted text and brackets. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const shown = numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, '');
  return /[yd]/i.test(shown) && !/[hs]/i.test(shown);
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
