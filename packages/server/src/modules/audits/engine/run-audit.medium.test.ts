import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditDatasets } from './load-datasets';
import { runAudit } from './run-audit';

const real = path.resolve(import.meta.dirname, '../../../../../../../shared/data/real');
const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-audit-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreement = loadAgreement(
  [
    'id: ride-test',
    'title: 网约车测试协议',
    'industry: ride_hailing',
    'effective_from: 2023-01-01',
    'clauses:',
    '  - { id: cap, title: 抽成上限, text: 抽成不超过27%, rule: rh.commission_cap, params: { cap: 0.27 } }',
    '  - { id: bill, title: 账单透明, text: 账单展示抽成, rule: rh.bill_transparency }',
    '  - { id: daily, title: 每日时长, text: 每日计费时长不超过5小时, rule: rh.fatigue_daily, params: { max_billed_minutes: 300 } }',
    '  - { id: note, title: 说明, text: 仅文本条款 }',
  ].join('\n'),
  'ride-test.yaml',
);

const chicagoExport = path.join(real, 'uber-driver-chicago-rides.csv');

/** The Chicago driver's own export (no fares), ingested and audited against the test agreement. */
async function auditChicago() {
  const ingested = await ingestDataset(
    { path: chicagoExport },
    { dataDir, format: 'uber-driver-rides', driver: 'chicago-1', pseudonymKey: developmentPseudonymKey },
  );
  return runAudit({
    agreement,
    datasets: await loadAuditDatasets(dataDir, [ingested.datasetId!]),
    asOf: '2026-11-28',
  });
}

/** A CSV line split on commas outside quotes. */
function cells(line: string): string[] {
  return line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
}

function csvRecords(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const names = cells(header!);
  return lines.map((line) => Object.fromEntries(cells(line).map((v, i) => [names[i], v])));
}

const cents = (text: string | undefined) => (text ? Math.round(Number(text) * 100) : 0);

describe('audits on real ride-hailing data', () => {
  it('counts NYC trips above the 27 % commission cap exactly as computed independently', async () => {
    const ingested = await ingestDataset(
      { path: path.join(real, 'nyc-hvfhv-2023-sample.csv') },
      { dataDir, format: 'nyc-hvfhv', pseudonymKey: developmentPseudonymKey },
    );
    const run = await runAudit({
      agreement,
      datasets: await loadAuditDatasets(dataDir, [ingested.datasetId!]),
      asOf: '2026-11-28',
    });
    try {
      // Independent: passenger paid = fare + tolls + bcf + tax + congestion + airport fee, in cents; commission
      // rate above 0.27 ⇔ 100 × (paid − driver pay) > 27 × paid.
      // The amount is the commission above the cap, exactly: Σ (paid − driver pay − 0.27 × paid), in 10^-4.
      const excesses = csvRecords(path.join(real, 'nyc-hvfhv-2023-sample.csv'))
        .map((r) => {
          const paid = [
            'base_passenger_fare',
            'tolls',
            'bcf',
            'sales_tax',
            'congestion_surcharge',
            'airport_fee',
          ]
            .map((c) => cents(r[c]))
            .reduce((a, b) => a + b, 0);
          return paid > 0 ? 100 * (paid - cents(r.driver_pay)) - 27 * paid : 0;
        })
        .filter((excess) => excess > 0);
      const expected = excesses.length;
      const byClause = Object.fromEntries(run.result.clauses.map((c) => [c.clause_id, c]));
      expect(byClause.cap).toMatchObject({ status: 'applicable', checked: 60, violations: expected });
      expect(Number(byClause.cap!.amount)).toBe(excesses.reduce((a, b) => a + b, 0) / 10_000);
      expect(expected).toBeGreaterThan(0);
      expect(byClause.bill).toMatchObject({ status: 'not_applicable' });
      expect(byClause.bill!.missing).toEqual(expect.arrayContaining(['bill_shown', 'shown_commission_rate']));
      expect(byClause.note).toMatchObject({ status: 'text_only', violations: 0 });
      expect(run.result.metrics.rides?.length).toBeGreaterThan(0);

      const again = await runAudit({
        agreement,
        datasets: await loadAuditDatasets(dataDir, [ingested.datasetId!]),
        asOf: '2026-11-28',
      });
      expect(again.result.result_hash).toBe(run.result.result_hash);
      again.close();
    } finally {
      run.close();
    }
  });

  it('finds the Chicago driver’s days over 300 billed minutes, as counted from the raw export', async () => {
    const run = await auditChicago();
    try {
      const seconds = new Map<string, number>();
      for (const r of csvRecords(chicagoExport)) {
        if (r.status !== 'COMPLETED') continue;
        const start = new Date(`${r.ride_start!.replace(' ', 'T')}Z`);
        const end = new Date(`${r.ride_end!.replace(' ', 'T')}Z`);
        const day = r.ride_start!.slice(0, 10);
        seconds.set(day, (seconds.get(day) ?? 0) + (end.getTime() - start.getTime()) / 1000);
      }
      const expected = [...seconds.values()].filter((s) => s > 300 * 60).length;
      expect(expected).toBeGreaterThan(0);
      const daily = run.result.clauses.find((c) => c.clause_id === 'daily')!;
      expect(daily).toMatchObject({ status: 'applicable', violations: expected });
      const cap = run.result.clauses.find((c) => c.clause_id === 'cap')!;
      expect(cap).toMatchObject({ status: 'not_applicable', missing: ['passenger_paid'] });
    } finally {
      run.close();
    }
  });
});

describe('hourly pay in the metrics, on a real export', () => {
  it('reports the Chicago driver’s hourly pay per month as computed from the raw export', async () => {
    const run = await auditChicago();
    try {
      // Each day's completed rides: time worked is the union of their intervals, pay base plus surge in cents.
      const days = new Map<string, { start: number; end: number; cents: number }[]>();
      for (const r of csvRecords(chicagoExport)) {
        if (r.status !== 'COMPLETED') continue;
        const cents = Math.round(Number(r.base_pay || 0) * 100) + Math.round(Number(r.surge || 0) * 100);
        const ride = {
          start: Date.parse(`${r.ride_start!.replace(' ', 'T')}Z`),
          end: Date.parse(`${r.ride_end!.replace(' ', 'T')}Z`),
          cents,
        };
        const day = r.ride_start!.slice(0, 10);
        days.set(day, [...(days.get(day) ?? []), ride]);
      }
      const byMonth = new Map<string, { hourly: number[] }>();
      for (const [day, rides] of days) {
        rides.sort((a, b) => a.start - b.start);
        let reach = -Infinity;
        let worked = 0;
        for (const { start, end } of rides) {
          worked += Math.max(0, end - Math.max(start, reach));
          reach = Math.max(reach, end);
        }
        if (worked < 60 * 60_000) continue;
        const cents = rides.reduce((sum, r) => sum + r.cents, 0);
        const month = byMonth.get(day.slice(0, 7)) ?? { hourly: [] };
        month.hourly.push(cents / 100 / (worked / 3_600_000));
        byMonth.set(day.slice(0, 7), month);
      }
      const quantile = (values: number[], p: number) => {
        const sorted = [...values].sort((a, b) => a - b);
        const k = (sorted.length - 1) * p;
        const low = Math.floor(k);
        const high = Math.min(low + 1, sorted.length - 1);
        return sorted[low]! + (sorted[high]! - sorted[low]!) * (k - low);
      };
      const expected = [...byMonth]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, m]) => [
          month,
          ...[0.1, 0.5, 0.9].map((p) => Math.round(quantile(m.hourly, p) * 100) / 100),
          // The export is in dollars: no share below Shanghai's minimum in yuan.
          null,
        ]);
      expect(expected.length).toBeGreaterThan(12);
      const rides = run.result.metrics.rides!.filter((r) => r.hourly_pay_p50 !== null);
      expect(
        rides.map((r) => [
          r.month,
          r.hourly_pay_p10,
          r.hourly_pay_p50,
          r.hourly_pay_p90,
          r.below_min_hourly_share,
        ]),
      ).toEqual(expected);
    } finally {
      run.close();
    }
  });
});

describe('row ids shared by two platforms', () => {
  it('stop an audit whose findings could not tell them apart, and not one that covers a single platform', async () => {
    const file = path.join(dataDir, 'ride_trips.csv');
    const trip = (platform: string, paid: number) =>
      `t1,${platform},d1,2025-09-01 10:00:00,2025-09-01 10:30:00,${paid},60`;
    writeFileSync(
      file,
      [
        'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid,driver_income',
        trip('didi', 100),
        trip('t3', 90),
      ].join('\n'),
    );
    const ingested = await ingestDataset(
      { path: file },
      { dataDir, kind: 'ride_trips', pseudonymKey: developmentPseudonymKey },
    );
    expect(ingested.rowsAccepted).toBe(2);
    const datasets = await loadAuditDatasets(dataDir, [ingested.datasetId!]);
    const both = runAudit({ agreement, datasets, asOf: '2026-11-28' });
    await expect(both).rejects.toThrow(
      /ride_trips: id t1 belongs to didi and t3: .*audit each platform's data on its own/,
    );
    const didi = await runAudit({
      agreement: { ...agreement, platform: 'didi' },
      datasets,
      asOf: '2026-11-28',
    });
    try {
      expect(didi.result.clauses.find((c) => c.clause_id === 'cap')).toMatchObject({
        checked: 1,
        violations: 1,
      });
    } finally {
      didi.close();
    }
  });
});

describe('a row in two datasets of one kind', () => {
  it('stops the audit naming the row and both files, instead of checking the row twice', async () => {
    const header = 'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid,driver_income';
    const trip = (id: string) => `${id},didi,d1,2025-09-01 10:00:00,2025-09-01 10:30:00,100,60`;
    const week1 = path.join(dataDir, 'week1.csv');
    const week2 = path.join(dataDir, 'week2.csv');
    writeFileSync(week1, [header, trip('t1'), trip('t2')].join('\n'));
    writeFileSync(week2, [header, trip('t2'), trip('t3')].join('\n'));
    const ids: string[] = [];
    for (const file of [week1, week2]) {
      const ingested = await ingestDataset(
        { path: file },
        { dataDir, kind: 'ride_trips', pseudonymKey: developmentPseudonymKey },
      );
      ids.push(ingested.datasetId!);
    }
    const didi = { ...agreement, platform: 'didi' };
    const overlapping = runAudit({
      agreement: didi,
      datasets: await loadAuditDatasets(dataDir, ids),
      asOf: '2026-11-28',
    });
    await expect(overlapping).rejects.toThrow(
      /ride_trips: didi \/ t2 is in both week1\.csv \(\w{12}\) and week2\.csv \(\w{12}\): the row would be checked twice/,
    );
    const one = await runAudit({
      agreement: didi,
      datasets: await loadAuditDatasets(dataDir, ids.slice(0, 1)),
      asOf: '2026-11-28',
    });
    try {
      expect(one.result.clauses.find((c) => c.clause_id === 'cap')).toMatchObject({
        checked: 2,
        violations: 2,
      });
    } finally {
      one.close();
    }
  });
});
