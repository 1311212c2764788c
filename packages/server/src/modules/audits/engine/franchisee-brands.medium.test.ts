import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatasetKind } from '@gigpact/contracts';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFindingRows } from './finding-rows';
import { loadAuditDatasets } from './load-datasets';
import { platformFigures } from './platform-figures';
import { runAudit } from './run-audit';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-brands-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreementFor = (platform?: string) =>
  loadAgreement(
    [
      'id: brands-test',
      'title: 欠薪测试协议',
      'industry: express',
      ...(platform ? [`platform: ${platform}`] : []),
      'effective_from: 2025-01-01',
      'clauses:',
      '  - { id: arrears, title: 欠薪保障, text: 按期足额发放工资, rule: ex.wage_arrears }',
    ].join('\n'),
    'brands-test.yaml',
  );

// Three franchisees, each owing one courier a month's pay, none of it paid by the as-of date.
const payroll = [
  'franchisee_id,courier_id,period,amount_due,amount_paid,due_date,paid_at',
  'f-east,c1,2025-07,6000.00,0,2025-08-15,',
  'f-west,c2,2025-07,5800.00,5800.00,2025-08-15,2025-08-14T10:00:00+08:00',
  'f-north,c3,2025-07,5500.00,5000.00,2025-08-15,2025-08-15T09:00:00+08:00',
].join('\n');

const parcels = [
  'parcel_id,company,franchisee_id,courier_id,district,delivered_at,hq_fee,courier_fee,paid_direct',
  'p1,jt,f-east,c1,青浦区,2025-07-02T10:00:00+08:00,1.20,0.50,true',
  'p2,yto,f-north,c3,青浦区,2025-07-02T11:00:00+08:00,1.10,0.45,true',
  'p3,jt,f-north,c3,青浦区,2025-07-02T12:00:00+08:00,1.10,0.45,true',
].join('\n');

async function ingest(name: string, kind: DatasetKind, content: string, platform?: string) {
  const file = path.join(dataDir, name);
  writeFileSync(file, content);
  const ingested = await ingestDataset(
    { path: file },
    { dataDir, kind, platform, pseudonymKey: developmentPseudonymKey },
  );
  return ingested.datasetId!;
}

async function audit(platform: string | undefined, ids: string[]) {
  const agreement = agreementFor(platform);
  const run = await runAudit({
    agreement,
    datasets: await loadAuditDatasets(dataDir, ids),
    asOf: '2025-09-30',
  });
  try {
    await buildFindingRows(run.connection, run.compiled, run.datasetColumns);
    const rows = await run.connection.run(
      `SELECT franchisee, platform FROM finding_rows ORDER BY franchisee`,
    );
    return {
      findings: (await rows.getRowObjectsJson()) as { franchisee: string; platform: string | null }[],
      checked: run.result.clauses[0]!.status === 'applicable' ? run.result.clauses[0]!.checked : null,
      payroll: run.result.metrics.payroll!.map((r) => [r.platform, r.pay_lines, r.arrears_total]),
      platforms: await platformFigures(run.connection, agreement, run.compiled, run.datasetColumns),
    };
  } finally {
    run.close();
  }
}

describe("payroll placed on its franchisee's brand", () => {
  it('takes the brand a payroll dataset was ingested for, in findings, figures and coverage', async () => {
    const jtPayroll = await ingest('payroll-jt.csv', 'courier_payroll', payroll, 'jt');
    const underJt = await audit('jt', [jtPayroll]);
    expect(underJt.findings).toEqual([
      { franchisee: 'f-east', platform: 'jt' },
      { franchisee: 'f-north', platform: 'jt' },
    ]);
    expect(underJt.checked).toBe(3);
    expect(underJt.payroll).toEqual([['jt', 3, '6500.0000']]);
    expect(underJt.platforms).toEqual([{ platform: 'jt', rows: 3, findings: 2 }]);
    // The same statements under another brand's agreement are none of its franchisees'.
    const underYto = await audit('yto', [jtPayroll]);
    expect(underYto.findings).toEqual([]);
    expect(underYto.checked).toBe(0);
    // A franchisee in two brands' payroll has no brand of its own, and is checked under either brand's agreement.
    const ytoPayroll = await ingest(
      'payroll-yto.csv',
      'courier_payroll',
      [
        'franchisee_id,courier_id,period,amount_due,amount_paid,due_date,paid_at',
        'f-east,c9,2025-07,4000.00,0,2025-08-15,',
      ].join('\n'),
      'yto',
    );
    const shared = await audit('jt', [jtPayroll, ytoPayroll]);
    expect(shared.checked).toBe(4);
    expect(shared.findings).toEqual([
      { franchisee: 'f-east', platform: null },
      { franchisee: 'f-east', platform: null },
      { franchisee: 'f-north', platform: 'jt' },
    ]);
  });

  it("takes the brand of the franchisee's parcels read beside it, none where it has two", async () => {
    const unbranded = await ingest('payroll.csv', 'courier_payroll', payroll);
    const parcelData = await ingest('parcels.csv', 'parcel_deliveries', parcels);
    const all = await audit(undefined, [unbranded, parcelData]);
    expect(all.findings).toEqual([
      { franchisee: 'f-east', platform: 'jt' },
      { franchisee: 'f-north', platform: null },
    ]);
    expect(all.payroll).toEqual([
      ['jt', 1, '6000.0000'],
      [null, 2, '500.0000'],
    ]);
    // Without parcels and without a brand from its ingest, payroll names no platform, as before.
    const alone = await audit(undefined, [unbranded]);
    expect(alone.findings.map((f) => f.platform)).toEqual([null, null]);
    expect(alone.checked).toBe(3);
  });
});
