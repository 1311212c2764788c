import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDir } from '../store/layout';
import { csvOf, readParquet } from '../testing/builders';
import { ingestText } from '../testing/ingest-text';

// Real DuckDB: repeated natural keys found by the exact path, also after the one-pass path gave the file up.
const payrollHeader = ['franchisee_id', 'courier_id', 'period', 'amount_due', 'amount_paid', 'due_date'];
const payroll = (courier_id: string, period = '2025-10', franchisee_id = 'F1') => ({
  franchisee_id,
  courier_id,
  period,
  amount_due: '5000',
  amount_paid: '0',
  due_date: '2025-11-15',
});

describe('duplicate rows of a natural key', () => {
  it('refuses a second payroll row of one courier, franchisee and period, naming the first line', async () => {
    const rows = [
      payroll('c_1'),
      payroll('c_1', '2025-11'),
      payroll('c_1', '2025-10', 'F2'),
      payroll('c_1'),
      payroll('13812345678'),
      payroll('138-1234-5678'),
    ];
    const { result, dataDir } = await ingestText(csvOf(rows, payrollHeader), 'courier_payroll');
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [5, 'franchisee_id, courier_id, period', 'F1, c_1, 2025-10', 'duplicate_key'],
      [7, 'franchisee_id, courier_id, period', 'F1, 138********78, 2025-10', 'duplicate_key'],
    ]);
    expect(result.errors[0]!.message).toEqual({
      zh: 'franchisee_id, courier_id, period 相同的行重复：F1, c_1, 2025-10（首次出现在第 2 行）',
      en: 'Duplicate row for the same franchisee_id, courier_id, period: F1, c_1, 2025-10 (first seen on line 2)',
    });
    expect(result.errors[1]!.message.en).toContain('(first seen on line 6)');
    const dir = datasetDir(dataDir, result.datasetId!);
    expect(await readParquet(join(dir, 'data.parquet'), dir)).toHaveLength(4);
    const rejected = await readParquet(join(dir, 'rejected.parquet'), dir);
    expect(rejected.map((r) => [r._line, r.courier_id])).toEqual([
      [5, 'c_1'],
      [7, '138-1234-5678'],
    ]);
  });

  it('refuses a second alert of one kind starting at one time in one district, however the district is spelled', async () => {
    const header = ['district', 'kind', 'level', 'starts_at', 'ends_at'];
    const alert = (district: string, starts_at = '2025-09-01 10:00:00', kind = 'rainstorm') => ({
      district,
      kind,
      level: '2',
      starts_at,
      ends_at: '2025-09-01 12:00:00',
    });
    const rows = [
      alert('青浦区'),
      alert('青浦区', '2025-09-01 11:00:00'),
      alert('青浦区', '2025-09-01 10:00:00', 'heat'),
      alert('Qingpu', '2025-09-01T02:00:00Z'),
    ];
    const { result } = await ingestText(csvOf(rows, header), 'weather_alerts');
    expect(result.errors.map((e) => [e.line, e.column, e.code, e.message.en.slice(-22)])).toEqual([
      [5, 'district, kind, starts_at', 'duplicate_key', '(first seen on line 2)'],
    ]);
  });

  it('refuses a worker listed twice on one platform’s roster', async () => {
    const header = ['worker_id', 'platform', 'kind'];
    const rows = [
      { worker_id: 'w1', platform: 'eleme', kind: 'rider' },
      { worker_id: 'w1', platform: 'meituan', kind: 'rider' },
      { worker_id: 'w1', platform: 'eleme', kind: 'rider' },
    ];
    const { result } = await ingestText(csvOf(rows, header), 'workers');
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [4, 'worker_id', 'w1', 'duplicate_id'],
    ]);
  });
});
