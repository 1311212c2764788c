import { describe, expect, it } from 'vitest';
import { contentFormatOf, notReadableAs, readerRefuses } from './file-format';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('what a file’s first bytes show it to be', () => {
  it('tells Parquet, XLSX and XLS by their signatures, NDJSON and CSV by their first line', () => {
    expect(contentFormatOf(bytes('PAR1\x15\x04'))).toBe('parquet');
    expect(contentFormatOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe('xlsx');
    expect(contentFormatOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
    expect(contentFormatOf(bytes('\uFEFF  {"order_id": "O1"}\n'))).toBe('ndjson');
    expect(contentFormatOf(bytes('订单号,平台\nO1,eleme\n'))).toBe('csv');
    expect(contentFormatOf(bytes('order_id\tplatform\n'))).toBe('csv');
    expect(contentFormatOf(bytes('[{"order_id": "O1"}]'))).toBeNull();
    expect(contentFormatOf(bytes('hello'))).toBeNull();
    expect(contentFormatOf(Buffer.from([0xff, 0xfe, 0x6f, 0, 0x2c, 0]))).toBeNull();
  });

  it('is refused at once by a reader it cannot be read with', () => {
    expect(readerRefuses('csv', 'parquet')).toBe(true);
    expect(readerRefuses('csv', 'ndjson')).toBe(true);
    expect(readerRefuses('csv', null)).toBe(false);
    expect(readerRefuses('ndjson', 'xlsx')).toBe(true);
    expect(readerRefuses('ndjson', 'csv')).toBe(false);
    expect(readerRefuses('parquet', 'csv')).toBe(true);
    expect(readerRefuses('parquet', 'parquet')).toBe(false);
    expect(readerRefuses('xlsx', 'xls')).toBe(true);
  });
});

describe('a file not readable in the format it is read in', () => {
  it('is named in Chinese and English with the format its content shows and how to read it so', () => {
    expect(notReadableAs('delivery_orders.csv', 'parquet', { content: 'csv' })).toEqual({
      line: 0,
      column: null,
      value: null,
      code: 'not_readable_as_format',
      message: {
        zh: 'delivery_orders.csv 不是可读取的 Parquet 文件（按扩展名和内容是 CSV 文件：请按 csv 格式导入，即 --format csv）',
        en: 'delivery_orders.csv is not a readable Parquet file (its extension and content say it is CSV: ingest it as csv, with --format csv)',
      },
    });
    expect(notReadableAs('orders.csv', 'csv', { content: 'parquet' }).message).toEqual({
      zh: 'orders.csv 不是可读取的 CSV 文件（按内容是 Parquet 文件：请按 parquet 格式导入，即 --format parquet）',
      en: 'orders.csv is not a readable CSV file (its content says it is Parquet: ingest it as parquet, with --format parquet)',
    });
  });

  it('falls back on the extension, says a file of the right kind is damaged, and names an old Excel workbook', () => {
    expect(notReadableAs('orders.ndjson', 'xlsx', { content: null }).message.en).toBe(
      'orders.ndjson is not a readable XLSX file (its extension says it is NDJSON: ingest it as ndjson, with --format ndjson)',
    );
    expect(notReadableAs('orders.parquet', 'parquet', { content: 'parquet' }).message).toEqual({
      zh: 'orders.parquet 不是可读取的 Parquet 文件（文件可能不完整或已损坏）',
      en: 'orders.parquet is not a readable Parquet file (the file may be truncated or damaged)',
    });
    expect(notReadableAs('orders.xls', 'csv', { content: 'xls' }).message.zh).toBe(
      'orders.xls 不是可读取的 CSV 文件（按扩展名和内容是旧版 Excel（XLS）文件：请在 Excel 中另存为 XLSX 或 CSV 后再导入）',
    );
    expect(notReadableAs('orders.txt', 'parquet', { content: null }).message.en).toBe(
      'orders.txt is not a readable Parquet file (neither its extension nor its content shows its format; the formats read are csv, ndjson, parquet, xlsx)',
    );
  });

  it('masks a phone number in the file’s name', () => {
    const issue = notReadableAs('13812345678.csv', 'parquet', { content: 'csv' });
    expect(JSON.stringify(issue)).not.toContain('13812345678');
  });
});
