import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { neutraliseCell } from '@gigpact/datasets';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

/** A cell of an XLSX: its value, and a number format where it has one. */
export type XlsxCell = string | number | null | { value: string | number | null; numFmt?: string };

/**
 * Rows written between two turns of the event loop: ExcelJS takes some 0.1–0.3 ms to write and zip a row of 15
 * cells, so other requests wait a few tens of milliseconds at most.
 */
export const xlsxYieldRows = 100;

/** Gives other work (requests, timers, I/O) a turn of the event loop. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * An XLSX of one sheet: a bold header, then `batches` of rows; every column 18 wide. Written row by row by
 * ExcelJS's streaming writer to a temporary file (removed afterwards) and read back, so the workbook is never
 * held in memory as cells and its XML is zipped as it is written; every `xlsxYieldRows` rows the event loop
 * turns, so a large export does not hold up other requests.
 */
export async function xlsxOf(
  sheetName: string,
  header: string[],
  batches: AsyncIterable<XlsxCell[][]> | Iterable<XlsxCell[][]>,
): Promise<Buffer> {
  const work = await mkdtemp(path.join(tmpdir(), 'gigpact-xlsx-'));
  const file = path.join(work, 'export.xlsx');
  const out = createWriteStream(file);
  // A write that fails (a full disk) ends the export with its error rather than leaving it waiting.
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => {});
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet(sheetName);
    // Columns are written with the first row, so their widths come first.
    header.forEach((_, i) => (sheet.getColumn(i + 1).width = 18));
    const top = sheet.addRow(header);
    top.font = { bold: true };
    top.commit();
    let written = 0;
    for await (const batch of batches) {
      for (const cells of batch) {
        if (++written % xlsxYieldRows === 0) await Promise.race([yieldToEventLoop(), failed]);
        const row = sheet.addRow(cells.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));
        cells.forEach((c, i) => {
          if (c !== null && typeof c === 'object' && c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
        });
        row.commit();
      }
    }
    sheet.commit();
    await Promise.race([workbook.commit(), failed]);
    return await readFile(file);
  } finally {
    out.destroy();
    await rm(work, { recursive: true, force: true });
  }
}

/** `items` in batches of `size`. */
function* batchesOf<T>(items: T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}

/**
 * A list as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese right) or XLSX (`xlsxOf`: streamed, so
 * a long list keeps the server answering). Text that a spreadsheet would run as a formula is neutralised in both.
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
  return xlsxOf(
    sheetName,
    columns.map((c) => c.header),
    (function* () {
      for (const batch of batchesOf(rows, xlsxYieldRows))
        yield batch.map((r) => columns.map((c) => cell(c.value(r))));
    })(),
  );
}

export const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
