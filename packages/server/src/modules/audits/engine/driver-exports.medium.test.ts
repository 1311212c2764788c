import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvidenceRows } from '../findings/evidence-rows';
import { buildFindingRows } from './finding-rows';
import { loadAuditDatasets } from './load-datasets';
import { runAudit, type AuditRun } from './run-audit';

// Drivers' own exports (`uber-driver-rides`) number their rides 1, 2, …: two drivers' exports audited together.
const real = path.resolve(import.meta.dirname, '../../../../../../../shared/data/real');
const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-drivers-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreement = loadAgreement(
  [
    'id: drivers-test',
    'title: 司机导出测试协议',
    'industry: ride_hailing',
    'effective_from: 2023-01-01',
    'clauses:',
    '  - { id: daily, title: 每日时长, text: 每日计费时长不超过5小时, rule: rh.fatigue_daily, params: { max_billed_minutes: 300 } }',
    '  - id: low',
    '    title: 低收入订单',
    '    text: 司机收入低于5的订单。',
    '    check:',
    '      dataset: ride_trips',
    '      shape: row',
    "      violation: 'driver_income < 5'",
    "      amount: '5 - driver_income'",
  ].join('\n'),
  'drivers-test.yaml',
);

const chicagoExport = path.join(real, 'uber-driver-chicago-rides.csv');
/** The first 200 rides of the Chicago export, as a second driver's own export. */
const secondExport = path.join(dataDir, 'rides-d2.csv');

async function ingest(file: string, driver: string): Promise<string> {
  const ingested = await ingestDataset(
    { path: file },
    { dataDir, format: 'uber-driver-rides', driver, pseudonymKey: developmentPseudonymKey },
  );
  return ingested.datasetId!;
}

const ids: Record<string, string> = {};
beforeAll(async () => {
  const lines = readFileSync(chicagoExport, 'utf8').split('\n');
  writeFileSync(secondExport, lines.slice(0, 201).join('\n'));
  ids.d1 = await ingest(chicagoExport, 'd1');
  ids.d2 = await ingest(secondExport, 'd2');
  ids.d1again = await ingest(secondExport, 'd1');
});

async function audit(datasetIds: string[]): Promise<AuditRun> {
  return runAudit({ agreement, datasets: await loadAuditDatasets(dataDir, datasetIds), asOf: '2026-11-28' });
}

async function findings(run: AuditRun): Promise<{ clause_id: string; finding_key: string }[]> {
  const reader = await run.connection.run(
    `SELECT clause_id, finding_key FROM findings ORDER BY clause_id, finding_key`,
  );
  return (await reader.getRowObjectsJson()) as { clause_id: string; finding_key: string }[];
}

describe('two drivers’ own exports', () => {
  it('are audited together, each ride named by its platform, driver and row number', async () => {
    const alone = { d1: await audit([ids.d1!]), d2: await audit([ids.d2!]) };
    const both = await audit([ids.d1!, ids.d2!]);
    try {
      const own = {
        d1: await findings(alone.d1),
        d2: await findings(alone.d2),
      };
      // Alone, an export's rides keep their row numbers, as before.
      expect(own.d2.filter((f) => f.clause_id === 'low').length).toBeGreaterThan(0);
      expect(own.d2.filter((f) => f.clause_id === 'low').every((f) => /^\d+$/.test(f.finding_key))).toBe(
        true,
      );
      // Together: every finding of each, none merged, rows named apart.
      const together = await findings(both);
      const named = (driver: 'd1' | 'd2') =>
        own[driver].map((f) =>
          f.clause_id === 'low' ? { ...f, finding_key: `uber|${driver}|${f.finding_key}` } : f,
        );
      const low = (list: { clause_id: string; finding_key: string }[]) =>
        list.filter((f) => f.clause_id === 'low').map((f) => f.finding_key);
      const keys = (list: { clause_id: string; finding_key: string }[]) =>
        list.map((f) => `${f.clause_id}:${f.finding_key}`).sort();
      expect(keys(together)).toEqual(keys([...named('d1'), ...named('d2')]));
      expect(together.some((f) => f.clause_id === 'daily')).toBe(true);
      const summary = (run: AuditRun, clause: string) =>
        run.result.clauses.find((c) => c.clause_id === clause)!;
      for (const clause of ['low', 'daily'])
        expect(summary(both, clause)).toMatchObject({
          checked: summary(alone.d1, clause).checked + summary(alone.d2, clause).checked,
          violations: summary(alone.d1, clause).violations + summary(alone.d2, clause).violations,
        });

      // Each finding is placed with its own driver, and its evidence is that driver's ride as stored.
      await buildFindingRows(both.connection, both.compiled, both.datasetColumns);
      const reader = await both.connection.run(
        `SELECT finding_key, worker FROM finding_rows WHERE clause_id = 'low' ORDER BY finding_key`,
      );
      const placed = (await reader.getRowObjectsJson()) as { finding_key: string; worker: string }[];
      expect(placed.every((f) => f.finding_key.startsWith(`uber|${f.worker}|`))).toBe(true);
      const [key] = low(named('d2'));
      const evidence = await readEvidenceRows(dataDir, [ids.d1!, ids.d2!], 'ride_trips', [key!]);
      expect(evidence).toEqual([
        expect.objectContaining({ trip_id: key!.split('|')[2], driver_id: 'd2', platform: 'uber' }),
      ]);
    } finally {
      both.close();
      alone.d1.close();
      alone.d2.close();
    }
  });

  it('leave the rows of platform data beside them named by their own ids', async () => {
    const file = path.join(dataDir, 'ride_trips.csv');
    writeFileSync(
      file,
      [
        'trip_id,platform,driver_id,pickup_at,dropoff_at,driver_income',
        '1,didi,d1,2025-09-01 10:00:00,2025-09-01 10:30:00,4',
      ].join('\n'),
    );
    const platform = await ingestDataset(
      { path: file },
      { dataDir, kind: 'ride_trips', pseudonymKey: developmentPseudonymKey },
    );
    const run = await audit([ids.d2!, platform.datasetId!]);
    try {
      const low = (await findings(run)).filter((f) => f.clause_id === 'low').map((f) => f.finding_key);
      expect(low).toContain('1');
      expect(low.filter((k) => k !== '1').every((k) => k.startsWith('uber|d2|'))).toBe(true);
    } finally {
      run.close();
    }
  });

  it('still refuse one driver’s ride given twice', async () => {
    await expect(audit([ids.d1!, ids.d1again!])).rejects.toThrow(
      /ride_trips: uber \/ uber\|d1\|1 is in both uber-driver-chicago-rides\.csv \(\w{12}\) and rides-d2\.csv \(\w{12}\): the row would be checked twice/,
    );
  });
});
