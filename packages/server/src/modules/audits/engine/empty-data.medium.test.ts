import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditDatasets } from './load-datasets';
import { runAudit } from './run-audit';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-empty-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreement = loadAgreement(
  [
    'id: empty-test',
    'title: 空数据测试协议',
    'industry: food_delivery',
    'effective_from: 2025-01-01',
    'clauses:',
    '  - { id: late, title: 超时免罚, text: 不罚超时, rule: fd.no_late_money_penalty }',
    '  - { id: eta, title: 预估时间, text: 按15公里每小时, rule: fd.eta_speed_floor }',
    '  - { id: cap, title: 每日时长, text: 不超过12小时, rule: fd.daily_time_cap }',
    '  - { id: pay, title: 小时收入, text: 不低于最低工资, rule: fd.min_hourly_pay }',
  ].join('\n'),
  'empty-test.yaml',
);

describe('an audit of data without a row', () => {
  it('checks nothing and finds nothing, for row clauses and group clauses alike', async () => {
    const file = path.join(dataDir, 'delivery_orders.csv');
    writeFileSync(
      file,
      'order_id,platform,rider_id,rider_type,district,created_at,accepted_at,delivered_at,promised_at,distance_m,status,pay,penalty,penalty_reason\n',
    );
    const ingested = await ingestDataset(
      { path: file },
      { dataDir, kind: 'delivery_orders', pseudonymKey: developmentPseudonymKey },
    );
    const run = await runAudit({
      agreement,
      datasets: await loadAuditDatasets(dataDir, [ingested.datasetId!]),
      asOf: '2025-09-30',
    });
    try {
      for (const clause of run.result.clauses)
        expect(clause, clause.clause_id).toMatchObject({ status: 'applicable', checked: 0, violations: 0 });
      const found = await run.connection.run('SELECT count(*)::INT AS n FROM findings');
      expect(await found.getRowObjectsJson()).toEqual([{ n: 0 }]);
    } finally {
      run.close();
    }
  });
});
