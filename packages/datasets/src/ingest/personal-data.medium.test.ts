import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDir } from '../store/layout';
import { csvOf, deliveryRow, readParquet, testKey } from '../testing/builders';
import { ingestText } from '../testing/ingest-text';
import { pseudonymOf } from './personal-data';

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
