import { regionTree } from '@gigpact/contracts';
import { maskIdentifiers } from '../ingest/personal-data';

/** The longest line an NDJSON file may have (bytes): DuckDB's JSON reader reads a line of up to 16 MiB. */
export const ndjsonLineLimit = 16 * 1024 * 1024;

/**
 * The closed set of reasons a row or a file is refused at ingest. Each has a Chinese and an English template;
 * `{column}`, `{value}` and `{detail}` are filled in per error (in SQL for row errors, so millions of them never
 * pass through JavaScript one by one).
 */
export const ingestErrorCatalogue = {
  missing_column: { zh: '缺少必填列 {column}', en: 'Required column {column} is missing' },
  missing_column_near: {
    zh: '缺少必填列 {column}；文件中的列 {detail} 是否就是它？是则把表头改为 {column}，或在命令行用 --map {detail}={column}',
    en: "Required column {column} is missing; is the file's column {detail} this one? If so, rename the header to {column}, or on the command line use --map {detail}={column}",
  },
  unknown_mapped_column: {
    zh: '--map 指向的 {column} 不是此类数据集的列（{detail}）',
    en: '--map names {column}, which is not a column of this kind of dataset ({detail})',
  },
  duplicate_column: { zh: '列名 {column} 重复', en: 'Column {column} appears more than once' },
  duplicate_column_case: {
    zh: '列名 {detail} 与 {column} 仅大小写不同：列名不区分大小写，请删除或改名其中一列',
    en: 'Columns {detail} and {column} differ only in letter case: column names are matched case-insensitively, so remove or rename one',
  },
  personal_identifier_column: {
    zh: '列 {column} 看起来是原始个人身份信息（手机号/身份证号），请映射到劳动者列或删除后再提交',
    en: 'Column {column} looks like raw personal identifiers (phone / ID-card numbers): map it to the worker column or remove it',
  },
  malformed_row: {
    zh: '行格式错误（列数不对或引号未闭合）：{detail}',
    en: 'Malformed row (wrong number of fields or an unclosed quote): {detail}',
  },
  invalid_json_line: {
    zh: '该行不是有效的 JSON（NDJSON 文件每行须是一个完整的 JSON 对象）',
    en: 'This line is not valid JSON (each line of an NDJSON file must be one complete JSON object)',
  },
  json_not_object: {
    zh: '该行是 JSON，但不是对象（NDJSON 文件每行须是一个 JSON 对象，如 {"order_id": "O1", …}）',
    en: 'This line is JSON but not an object (each line of an NDJSON file must be one JSON object, e.g. {"order_id": "O1", …})',
  },
  json_duplicate_key: {
    zh: '该行的对象中键 {detail} 出现不止一次，无法确定取哪个值',
    en: 'Key {detail} appears more than once in this object, so it is unclear which value holds',
  },
  line_too_long: {
    zh: '该行超过 16 MiB，无法读取（NDJSON 文件每行须是一个 JSON 对象）；文件未导入',
    en: 'This line is longer than 16 MiB and cannot be read (each line of an NDJSON file must be one JSON object); nothing was stored',
  },
  unreadable_file: {
    zh: '文件无法读取：{detail}',
    en: 'The file cannot be read: {detail}',
  },
  not_readable_as_format: {
    zh: '{file} 不是可读取的 {format} 文件（{detail}）',
    en: '{file} is not a readable {format} file ({detail})',
  },
  invalid_encoding: { zh: '文件编码无法识别：{detail}', en: 'Unrecognised text encoding: {detail}' },
  undecodable_text: {
    zh: '{column} 的值 “{value}” 含有按 {detail} 编码无法解读的字节（显示为 �），未予存储；请确认文件的编码，或用 --encoding 指定',
    en: '{column} value "{value}" holds bytes that cannot be read as {detail} (shown as �) and was not stored; check the file\'s encoding, or give it with --encoding',
  },
  not_utf8_row: {
    zh: '该行含有不是 UTF-8 的字节，无法读取（文件开头按 UTF-8 读取）；文件若是 GBK/GB18030 编码，请用 --encoding gb18030 导入',
    en: 'This row holds bytes that are not UTF-8 and cannot be read (the file was read as UTF-8 from its start); if the file is GBK/GB18030, ingest it with --encoding gb18030',
  },
  required_value_missing: { zh: '必填字段 {column} 为空', en: 'Required field {column} is empty' },
  invalid_timestamp: {
    zh: '{column} 的值 “{value}” 不是有效时间（应为 ISO 8601，如 2025-07-01 12:30:00）',
    en: '{column} value "{value}" is not a valid timestamp (ISO 8601, e.g. 2025-07-01 12:30:00)',
  },
  invalid_date: {
    zh: '{column} 的值 “{value}” 不是有效日期（应为 YYYY-MM-DD）',
    en: '{column} value "{value}" is not a valid date (YYYY-MM-DD)',
  },
  no_such_day: {
    zh: '{column} 的值 “{value}” 写法正确，但日历上没有这一天',
    en: '{column} value "{value}" is written correctly but names a day the calendar does not have',
  },
  invalid_money: {
    zh: '{column} 的值 “{value}” 不是有效金额（最多四位小数的十进制数）',
    en: '{column} value "{value}" is not a valid amount (a decimal with at most four decimal places)',
  },
  invalid_integer: {
    zh: '{column} 的值 “{value}” 不是整数',
    en: '{column} value "{value}" is not an integer',
  },
  invalid_decimal: {
    zh: '{column} 的值 “{value}” 不是有效小数（最多六位小数）',
    en: '{column} value "{value}" is not a valid decimal (at most six decimal places)',
  },
  invalid_bool: {
    zh: '{column} 的值 “{value}” 不是布尔值（true/false/1/0）',
    en: '{column} value "{value}" is not a boolean (true/false/1/0)',
  },
  invalid_enum: {
    zh: '{column} 的值 “{value}” 不在允许的取值中：{detail}',
    en: '{column} value "{value}" is not one of: {detail}',
  },
  invalid_month: {
    zh: '{column} 的值 “{value}” 不是写作 YYYY-MM 的月份（如 2025-09）',
    en: '{column} value "{value}" is not a month written YYYY-MM, e.g. 2025-09',
  },
  pattern_mismatch: {
    zh: '{column} 的值 “{value}” 格式不对（应匹配 {detail}）',
    en: '{column} value "{value}" has the wrong format (expected {detail})',
  },
  unknown_district: {
    zh: `{column} 的值 “{value}” 不是${regionTree.city.zh}的区（可写区划代码、中文名或拼音，如 {detail}）`,
    en: `{column} value "{value}" is not a district of ${regionTree.city.en} (write its code, Chinese name or pinyin, e.g. {detail})`,
  },
  negative_value: { zh: '{column} 不能为负数：{value}', en: '{column} must not be negative: {value}' },
  out_of_range: {
    zh: '{column} 的值 {value} 超出范围 {detail}',
    en: '{column} value {value} is out of range {detail}',
  },
  timestamp_in_future: {
    zh: '{column} 的时间 {value} 晚于当前时间',
    en: '{column} time {value} is in the future',
  },
  timestamp_order: {
    zh: '{column} 的时间 {value} 早于 {detail}',
    en: '{column} time {value} is before {detail}',
  },
  status_mismatch: {
    zh: '{column} 与订单状态矛盾：{detail}',
    en: '{column} contradicts the status: {detail}',
  },
  duplicate_id: {
    zh: '{column} “{value}” 重复（首次出现在第 {detail} 行）',
    en: '{column} "{value}" is a duplicate (first seen on line {detail})',
  },
  duplicate_key: {
    zh: '{column} 相同的行重复：{value}（首次出现在第 {detail} 行）',
    en: 'Duplicate row for the same {column}: {value} (first seen on line {detail})',
  },
  personal_identifier_value: {
    zh: '{column} 中出现疑似手机号或身份证号 “{value}”，原始个人信息不得入库',
    en: '{column} holds what looks like a phone or ID-card number "{value}": raw personal data is not stored',
  },
  platform_mismatch: {
    zh: '{column} 为 “{value}”，与本次导入的平台 {detail} 不符',
    en: '{column} is "{value}", not the platform of this upload ({detail})',
  },
  skipped_by_adapter: {
    zh: '该行不是有效记录，已跳过：{detail}',
    en: 'Not a record of this dataset, skipped: {detail}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type IngestErrorCode = keyof typeof ingestErrorCatalogue;

/** Text put into a message: the same in both languages, or its Chinese and its English. */
export type MessageText = string | { zh: string; en: string };

/** What an error's templates are filled with: `{file}` and `{format}` only file-level errors use. */
export interface IssueFields {
  column?: string | null;
  value?: string | null;
  detail?: MessageText | null;
  file?: string | null;
  format?: string | null;
}

/** One refused field (or row, or file). `line` is the physical line in the file, header = line 1. */
export interface IngestIssue {
  /** The file the issue is in, as the user named it (set on every issue an ingest returns or stores). */
  file?: string;
  line: number;
  column: string | null;
  value: string | null;
  code: IngestErrorCode;
  message: { zh: string; en: string };
}

export function formatIssueMessage(code: IngestErrorCode, fields: IssueFields): { zh: string; en: string } {
  const fill = (template: string, language: 'zh' | 'en') =>
    template
      .replaceAll('{column}', fields.column ?? '')
      .replaceAll('{value}', fields.value ?? '')
      .replaceAll('{file}', fields.file ?? '')
      .replaceAll('{format}', fields.format ?? '')
      .replaceAll('{detail}', textIn(fields.detail ?? '', language));
  const entry = ingestErrorCatalogue[code];
  return { zh: fill(entry.zh, 'zh'), en: fill(entry.en, 'en') };
}

function textIn(text: MessageText, language: 'zh' | 'en'): string {
  return typeof text === 'string' ? text : text[language];
}

/** A problem with the file as a whole: nothing is stored. */
export class IngestFileError extends Error {
  constructor(
    readonly issues: IngestIssue[],
    readonly fileName: string,
  ) {
    super(
      `${fileName}: ${issues.map((i) => `${i.line > 0 ? `line ${i.line}: ` : ''}${i.message.zh} / ${i.message.en}`).join('; ')}`,
    );
    this.name = 'IngestFileError';
  }
}

/**
 * Every error an ingest reports is made here, row errors and file errors alike: whatever it quotes — column,
 * value, detail, and so its messages — has each phone or ID-card number in it masked (`maskIdentifiers`), so that
 * no kind of error can show one to whoever reads the dataset's errors (`errors.json`, the API, the command line).
 * The refused rows' reasons in `rejected.parquet` are filled in SQL, masked by its twin `maskIdentifiersSql`.
 */
export function ingestIssue(code: IngestErrorCode, fields: IssueFields & { line?: number }): IngestIssue {
  const column = maskIdentifiers(fields.column ?? null);
  const value = maskIdentifiers(fields.value ?? null);
  const detail =
    typeof fields.detail === 'object' && fields.detail !== null
      ? { zh: maskIdentifiers(fields.detail.zh), en: maskIdentifiers(fields.detail.en) }
      : maskIdentifiers(fields.detail ?? null);
  const file = maskIdentifiers(fields.file ?? null);
  return {
    line: fields.line ?? 0,
    column,
    value,
    code,
    message: formatIssueMessage(code, { column, value, detail, file, format: fields.format }),
  };
}

/**
 * An error made before, as stored (`errors.json` of a dataset stored before errors were masked) or passed on,
 * with every number in what it quotes masked: its column, value and both messages. Masking twice changes nothing.
 */
export function maskedIssue(issue: IngestIssue): IngestIssue {
  return {
    ...issue,
    column: maskIdentifiers(issue.column),
    value: maskIdentifiers(issue.value),
    message: { zh: maskIdentifiers(issue.message.zh), en: maskIdentifiers(issue.message.en) },
  };
}
