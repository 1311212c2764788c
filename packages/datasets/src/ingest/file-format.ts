import { extname } from 'node:path';
import { ingestIssue, type IngestIssue, type MessageText } from '../validation/codes';

/** The formats a file is read in: every `--format`, adapters included, reads its file as one of these. */
export type ReaderFormat = 'csv' | 'ndjson' | 'parquet' | 'xlsx';

/** What a file's first bytes show it to be: a format it can be read in, or an old Excel workbook (`.xls`). */
export type ContentFormat = ReaderFormat | 'xls';

const formatLabel: Record<ContentFormat, string> = {
  csv: 'CSV',
  ndjson: 'NDJSON',
  parquet: 'Parquet',
  xlsx: 'XLSX',
  xls: 'XLS',
};

const extensionFormats: Record<string, ContentFormat> = {
  '.csv': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.parquet': 'parquet',
  '.xlsx': 'xlsx',
  '.xls': 'xls',
};

/** How many first bytes of a file `contentFormatOf` needs. */
export const contentSampleBytes = 4096;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * What a file's first bytes show it to be: Parquet, XLSX (a ZIP archive) and XLS by their signatures; NDJSON when
 * its text starts with `{`; CSV when its first line starts otherwise and holds a comma, a tab or a semicolon.
 * Null when they show none of these.
 */
export function contentFormatOf(bytes: Uint8Array): ContentFormat | null {
  if (startsWith(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (bytes.includes(0)) return null;
  const text = Buffer.from(bytes)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.startsWith('{')) return 'ndjson';
  if (firstLine.startsWith('[')) return null;
  return /[,\t;]/.test(firstLine) ? 'csv' : null;
}

/** Whether a file of this content is not text at all, so no text reader (CSV, NDJSON) can make anything of it. */
export function isBinaryContent(content: ContentFormat | null): boolean {
  return content === 'parquet' || content === 'xlsx' || content === 'xls';
}

/** The format a file's extension names, if it names one. */
export function extensionFormatOf(name: string): ContentFormat | null {
  return extensionFormats[extname(name).toLowerCase()] ?? null;
}

/**
 * The file as a whole cannot be read in the format it is read in, with what it seems to be instead: the format
 * its content shows, else the one its extension names, and how to read it so; when both say it is the format
 * it was read in, it is truncated or damaged.
 */
export function notReadableAs(
  fileName: string,
  format: ReaderFormat,
  evidence: { content: ContentFormat | null },
): IngestIssue {
  return ingestIssue('not_readable_as_format', {
    file: fileName,
    format: formatLabel[format],
    detail: whatItSeemsToBe(format, evidence.content, extensionFormatOf(fileName)),
  });
}

function whatItSeemsToBe(
  format: ReaderFormat,
  content: ContentFormat | null,
  extension: ContentFormat | null,
): MessageText {
  const seen = content ?? extension;
  if (seen === format) return { zh: '文件可能不完整或已损坏', en: 'the file may be truncated or damaged' };
  if (seen === null)
    return {
      zh: '无法从扩展名或内容看出它的格式；可用的格式为 csv、ndjson、parquet、xlsx',
      en: 'neither its extension nor its content shows its format; the formats read are csv, ndjson, parquet, xlsx',
    };
  const label = formatLabel[seen];
  const by =
    content === null
      ? { zh: '按扩展名', en: 'its extension says' }
      : extension === content
        ? { zh: '按扩展名和内容', en: 'its extension and content say' }
        : { zh: '按内容', en: 'its content says' };
  if (seen === 'xls')
    return {
      zh: `${by.zh}是旧版 Excel（XLS）文件：请在 Excel 中另存为 XLSX 或 CSV 后再导入`,
      en: `${by.en} it is an old Excel (XLS) workbook: save it as XLSX or CSV in Excel, then ingest that`,
    };
  return {
    zh: `${by.zh}是 ${label} 文件：请按 ${seen} 格式导入，即 --format ${seen}`,
    en: `${by.en} it is ${label}: ingest it as ${seen}, with --format ${seen}`,
  };
}

/**
 * Whether a reader refuses a file at once for what its first bytes show: a text reader a binary file, the CSV
 * reader NDJSON (whose lines would read as one odd column), and the Parquet and XLSX readers anything without their
 * signature. A file with the right signature may still be damaged: its reader then says so.
 */
export function readerRefuses(format: ReaderFormat, content: ContentFormat | null): boolean {
  if (format === 'csv') return isBinaryContent(content) || content === 'ndjson';
  if (format === 'ndjson') return isBinaryContent(content);
  return content !== format;
}
