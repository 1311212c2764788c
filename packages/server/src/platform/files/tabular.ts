import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { decodeText as decodeTextStrictly, TextEncodingError, type TextEncoding } from '@gigpact/contracts';

/** A small table read from an uploaded CSV or XLSX file. `line` is the row's number in the file (header = 1). */
export interface Table {
  headers: string[];
  rows: { line: number; values: Record<string, string> }[];
}

export class TableReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Decodes an uploaded table as UTF-8 (with or without BOM) or, when it is not valid UTF-8, as GB18030 (which covers
 * GBK), as `decodeText` of the contracts does; bytes valid in neither are read as GB18030 all the same.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  try {
    return decodeTextStrictly(bytes);
  } catch (error) {
    if (!(error instanceof TextEncodingError)) throw error;
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

export async function readTable(bytes: Buffer, fileName: string): Promise<Table> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(bytes);
  throw new TableReadError(
    `不支持的文件类型：${fileName}（请上传 CSV 或 XLSX）`,
    `unsupported file type: ${fileName} (upload CSV or XLSX)`,
  );
}

function readCsv(bytes: Buffer): Table {
  // Line ends are made plain LF first: csv-parse counts a CRLF inside a quoted field as two lines.
  const text = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new TableReadError(
      `CSV 格式错误${line ? `（第 ${line} 行）` : ''}：${(error as Error).message}`,
      `malformed CSV${line ? ` (line ${line})` : ''}: ${(error as Error).message}`,
    );
  }
  const [header, ...body] = records;
  if (!header) throw new TableReadError('文件是空的', 'the file is empty');
  const headers = header.record.map((h) => h.trim());
  // `info.lines` is the line a record ends on; a record starts on the line after the previous one ended.
  let previousEnd = header.info.lines;
  const rows: Table['rows'] = [];
  for (const r of body) {
    const line = previousEnd + 1;
    previousEnd = r.info.lines;
    if (r.record.every((cell) => cell.trim() === '')) continue;
    rows.push({ line, values: Object.fromEntries(headers.map((h, i) => [h, r.record[i] ?? ''])) });
  }
  return { headers, rows };
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableReadError('无法读取 XLSX 文件', 'cannot read the XLSX file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new TableReadError('文件是空的', 'the file is empty');
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell(
    { includeEmpty: true },
    (cell, column) => (headers[column - 1] = cellText(cell.value).trim()),
  );
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const values: Record<string, string> = {};
    headers.forEach((h, i) => (values[h] = cellText(row.getCell(i + 1).value)));
    if (Object.values(values).some((v) => v.trim() !== '')) rows.push({ line, values });
  });
  return { headers, rows };
}

/** A cell's text as a person sees it; dates become YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('formula' in value) return `=${value.formula}`;
    return '';
  }
  return String(value);
}
