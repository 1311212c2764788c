import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { datasetDir } from '../store/layout';
import { csvOf, deliveryRow, readParquet, tempDir, testKey } from '../testing/builders';
import { ingestFile, ingestText } from '../testing/ingest-text';
import {
  containsRawIdentifier,
  maskIdentifiers,
  maskIdentifiersSql,
  personalValueSql,
  pseudonymOf,
} from './personal-data';

// Real DuckDB: the SQL that recognises, pseudonymises and masks phone and ID-card numbers at ingest.
const spellings = [
  '138-1234-5678',
  '138 1234 5678',
  '+86 138 1234 5678',
  '86-138-1234-5678',
  '１３８１２３４５６７８',
  '(+86)138\u30001234\u30005678',
];

describe('phone and ID-card numbers however written', () => {
  it('pseudonymises every spelling of a worker’s phone as its plain form, and ID numbers with spaces', async () => {
    const rows = [...spellings, '310101 19900101 123x', 'r_001'].map((rider_id, i) =>
      deliveryRow({ order_id: `O${i}`, rider_id }),
    );
    const { result, dataDir } = await ingestText(csvOf(rows), 'delivery_orders');
    expect(result.errors).toEqual([]);
    const dir = datasetDir(dataDir, result.datasetId!);
    const data = await readParquet(join(dir, 'data.parquet'), dir);
    const phone = pseudonymOf(testKey, '13812345678');
    expect(data.map((r) => r.rider_id)).toEqual([
      ...spellings.map(() => phone),
      pseudonymOf(testKey, '31010119900101123X'),
      'r_001',
    ]);
    expect(result.manifest?.pseudonymised).toBe(spellings.length + 1);
  });

  it('refuses them in other text columns and masks the number in the error, errors.json and the refused rows', async () => {
    const rows = [...spellings, '310101199001011234'].map((partner_id, i) =>
      deliveryRow({ order_id: `O${i}`, partner_id }),
    );
    const { result, dataDir } = await ingestText(csvOf(rows), 'delivery_orders');
    expect(result.errors.map((e) => [e.line, e.code])).toEqual(
      rows.map((_, i) => [i + 2, 'personal_identifier_value']),
    );
    const last = result.errors.at(-1)!;
    expect(last.value).toBe('310*************34');
    expect(last.message.zh).toContain('“310*************34”');
    expect(result.errors[0]!.value).toBe('138********78');
    const dir = datasetDir(dataDir, result.datasetId!);
    const stored = await readFile(join(dir, 'errors.json'), 'utf8');
    expect(stored).not.toContain('310101199001011234');
    expect(stored).not.toContain('1234-5678');
    const rejected = await readParquet(join(dir, 'rejected.parquet'), dir);
    expect(JSON.stringify(rejected.map((r) => r._issues))).not.toContain('310101199001011234');
  });
});

describe('phone and ID-card numbers inside a longer value', () => {
  it('refuses a row whose text holds one, naming file, line and field with the number masked', async () => {
    const rows = [
      deliveryRow({ order_id: 'P1', partner_id: '张三 139-8765-4329' }),
      deliveryRow({ order_id: 'P2', partner_id: '身份证310101199001011234' }),
      deliveryRow({ order_id: 'P3', rider_id: 'rider-13812345670' }),
      deliveryRow({ order_id: 'P4', partner_id: '张三 139 8765 4329' }),
      deliveryRow({ order_id: 'P5', partner_id: '张三13987654329' }),
      deliveryRow({ order_id: 'P6', partner_id: '证件 110105 19491231 002X' }),
      // Ids that only look like numbers in part: all stored.
      deliveryRow({ order_id: 'E20250501123456789012' }),
      deliveryRow({ order_id: 'K1', partner_id: '12345678901234567890' }),
      deliveryRow({ order_id: 'K2', partner_id: '身份证310101199001011235' }),
      deliveryRow({ order_id: 'D139-20250501-3-7', rider_id: 'psn_0a13812345678bcdef0123456789abcd' }),
      deliveryRow({ order_id: '550e8400-e29b-41d4-a716-138123456789', rider_id: 'eleme_rd_0000139' }),
    ];
    const { result, dataDir } = await ingestText(csvOf(rows), 'delivery_orders', {}, 'up3.csv');
    expect(result.errors.map((e) => [e.file, e.line, e.column, e.value, e.code])).toEqual([
      ['up3.csv', 2, 'partner_id', '张三 139******29', 'personal_identifier_value'],
      ['up3.csv', 3, 'partner_id', '身份证310*************34', 'personal_identifier_value'],
      ['up3.csv', 4, 'rider_id', 'rider-138******70', 'personal_identifier_value'],
      ['up3.csv', 5, 'partner_id', '张三 139******29', 'personal_identifier_value'],
      ['up3.csv', 6, 'partner_id', '张三139******29', 'personal_identifier_value'],
      ['up3.csv', 7, 'partner_id', '证件 110*************2X', 'personal_identifier_value'],
    ]);
    expect(result.errors[0]!.message).toEqual({
      zh: 'partner_id 中出现疑似手机号或身份证号 “张三 139******29”，原始个人信息不得入库',
      en: 'partner_id holds what looks like a phone or ID-card number "张三 139******29": raw personal data is not stored',
    });
    expect(result).toMatchObject({ rowsAccepted: 5, rowsRejected: 6 });

    const dir = datasetDir(dataDir, result.datasetId!);
    const data = await readParquet(join(dir, 'data.parquet'), dir);
    expect(data.map((r) => r.order_id)).toEqual([
      'E20250501123456789012',
      'K1',
      'K2',
      'D139-20250501-3-7',
      '550e8400-e29b-41d4-a716-138123456789',
    ]);
    const stored = JSON.stringify(data) + (await readFile(join(dir, 'errors.json'), 'utf8'));
    for (const raw of ['8765', '13812345670', '310101199001011234', '1949123'])
      expect(stored).not.toContain(raw);
    const rejected = await readParquet(join(dir, 'rejected.parquet'), dir);
    expect(JSON.stringify(rejected.map((r) => r._issues))).not.toMatch(/8765|13812345670|310101199001011234/);
  });

  it('refuses a file on the one-pass path at its only such row, at the end', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => deliveryRow({ order_id: `C${i}` }));
    rows.push(deliveryRow({ order_id: 'C50', partner_id: '站长 手机 139-8765-4329' }));
    const { result } = await ingestText(csvOf(rows), 'delivery_orders');
    expect(result.errors.map((e) => [e.line, e.value])).toEqual([[52, '站长 手机 139******29']]);
    expect(result.rowsAccepted).toBe(50);
  });

  it('recognises and masks in SQL exactly as in JavaScript', async () => {
    const samples = [
      '张三 139-8765-4329',
      'tel:+86 139 8765 4329',
      '+8613987654329',
      '手机１３９８７６５４３２９',
      'rider13812345670',
      'abc13812345678',
      '身份证 310101 19900101 1234',
      '证件号11010519491231002x，张三',
      '身份证310104199002301232',
      '110101189001011238 / 310101199001011235',
      'a 13812345678 b 31010119900101123X',
      '13812345678/13912345678/13712345678',
      '138-1234-5678',
      '(+86)138\u30001234\u30005678',
      '110101200001010000',
      'E20250501123456789012',
      'D139-20250501-3-7',
      'psn_0a13812345678bcdef0123456789abcd',
      '2025-05-01 13:45:00',
    ];
    const dir = await tempDir();
    const db = await DuckSession.open({ tempDirectory: dir });
    try {
      const rows = await db.rows<{ v: string; found: boolean; masked: string }>(
        `SELECT v, ${personalValueSql('v', false)} AS found, ${maskIdentifiersSql('v')} AS masked
         FROM (SELECT unnest([${samples.map(sqlString).join(', ')}]) AS v)`,
      );
      expect(rows.map((r) => [r.v, r.found, r.masked])).toEqual(
        samples.map((v) => [v, containsRawIdentifier(v), maskIdentifiers(v)]),
      );
    } finally {
      db.close();
    }
  });
});

describe('numbers in errors about something else', () => {
  it('masks a phone number quoted by an enum, type or range error in the errors, errors.json and the refused rows', async () => {
    const rows = [
      deliveryRow({ order_id: 'N1', penalty: '1', penalty_reason: '13987654322' }),
      deliveryRow({ order_id: 'N2', pay: '13987654322.123456' }),
      deliveryRow({ order_id: 'N3', weather_alert_level: '310101199001011234' }),
    ];
    const { result, dataDir } = await ingestText(csvOf(rows), 'delivery_orders');
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [2, 'penalty_reason', '139******22', 'invalid_enum'],
      [3, 'pay', '139******22.123456', 'invalid_money'],
      [4, 'weather_alert_level', '310*************34', 'out_of_range'],
    ]);
    expect(result.errors[0]!.message.zh).toBe(
      'penalty_reason 的值 “139******22” 不在允许的取值中：late / bad_review / cancel / other',
    );
    const dir = datasetDir(dataDir, result.datasetId!);
    const stored = await readFile(join(dir, 'errors.json'), 'utf8');
    const rejected = await readParquet(join(dir, 'rejected.parquet'), dir);
    const reasons = JSON.stringify(rejected.map((r) => r._issues));
    expect(reasons).toContain('139******22');
    for (const text of [stored, reasons, JSON.stringify(result.errors)]) {
      expect(text).not.toContain('13987654322');
      expect(text).not.toContain('310101199001011234');
    }
  });

  it('masks the errors of a dataset stored before they were masked when the same file comes again', async () => {
    const dir = await tempDir();
    const path = join(dir, 'orders.csv');
    await writeFile(path, csvOf([deliveryRow({ order_id: 'S1', penalty_reason: '13987654322' })]));
    const first = await ingestFile(path, 'delivery_orders');
    const errorsPath = join(datasetDir(first.dataDir, first.result.datasetId!), 'errors.json');
    const raw = {
      errorCount: 1,
      errors: [
        {
          line: 2,
          column: 'penalty_reason',
          value: '13987654322',
          code: 'invalid_enum',
          message: { zh: 'penalty_reason 的值 “13987654322” 不在允许的取值中', en: 'value "13987654322"' },
        },
      ],
    };
    await writeFile(errorsPath, JSON.stringify(raw));
    const again = await ingestFile(path, 'delivery_orders');
    expect(again.result.reused).toBe(true);
    expect(again.result.errors).toEqual([
      expect.objectContaining({
        file: 'orders.csv',
        value: '139******22',
        message: { zh: 'penalty_reason 的值 “139******22” 不在允许的取值中', en: 'value "139******22"' },
      }),
    ]);
  });
});
