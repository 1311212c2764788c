import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditDatasets } from './load-datasets';
import { runAudit } from './run-audit';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-amounts-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreement = loadAgreement(
  [
    'id: hourly-test',
    'title: 小时收入测试协议',
    'industry: ride_hailing',
    'effective_from: 2025-01-01',
    'clauses:',
    '  - { id: hourly, title: 小时收入, text: 每小时收入不低于最低工资, rule: rh.min_hourly_pay }',
  ].join('\n'),
  'hourly-test.yaml',
);

describe('the hourly minimum in an audit', () => {
  it('owes amounts to four places, as money is kept, and checks no worker-day shorter than its least minutes', async () => {
    const file = path.join(dataDir, 'ride_trips.csv');
    writeFileSync(
      file,
      [
        'trip_id,platform,driver_id,district,pickup_at,dropoff_at,passenger_paid,driver_income',
        // 61 minutes paid 20.00: owed 25 × 61 / 60 − 20 = 5.41666…, kept as 5.4167.
        't1,didi,d1,黄浦区,2025-09-01 10:00:00,2025-09-01 11:01:00,25.00,20.00',
        // 67 minutes paid 20.00: owed 7.91666…, kept as 7.9167.
        't2,didi,d2,黄浦区,2025-09-01 10:00:00,2025-09-01 11:07:00,25.00,20.00',
        // 30 minutes paid 1.00: below the minimum, but too short a day to be checked.
        't3,didi,d3,黄浦区,2025-09-01 10:00:00,2025-09-01 10:30:00,2.00,1.00',
      ].join('\n'),
    );
    const ingested = await ingestDataset(
      { path: file },
      { dataDir, kind: 'ride_trips', pseudonymKey: developmentPseudonymKey },
    );
    const run = await runAudit({
      agreement,
      datasets: await loadAuditDatasets(dataDir, [ingested.datasetId!]),
      asOf: '2025-12-31',
    });
    try {
      const amounts = await (
        await run.connection.run(`SELECT CAST(amount AS VARCHAR) FROM findings ORDER BY amount`)
      ).getRowsJson();
      expect(amounts.flat().map((a) => String(a).replace(/0+$/, ''))).toEqual(['5.4167', '7.9167']);
      expect(run.result.clauses).toMatchObject([
        { clause_id: 'hourly', checked: 2, unchecked: 0, violations: 2, amount: '13.3334' },
      ]);
    } finally {
      run.close();
    }
  });
});
