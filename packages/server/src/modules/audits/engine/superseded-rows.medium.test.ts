import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { developmentPseudonymKey, ingestDataset } from '@gigpact/datasets';
import { loadAgreement } from '@gigpact/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditDatasets } from './load-datasets';
import { runAudit } from './run-audit';
import { supersededNotice } from './superseded-rows';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-superseded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreement = loadAgreement(
  [
    'id: ride-cap',
    'title: 网约车抽成',
    'industry: ride_hailing',
    'platform: didi',
    'effective_from: 2023-01-01',
    'clauses:',
    '  - { id: cap, title: 抽成上限, text: 抽成不超过27%, rule: rh.commission_cap, params: { cap: 0.27 } }',
  ].join('\n'),
  'ride-cap.yaml',
);

const header = 'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid,driver_income';
/** A trip of 100 yuan paying the driver `income`: above the 27 % cap below 73. */
const trip = (id: string, income: number) =>
  `${id},didi,d1,2025-09-01 10:00:00,2025-09-01 10:30:00,100,${income}`;

/** Ingests each file's lines in turn (so that each is later than the one before) and returns the datasets. */
async function ingested(files: Record<string, string[]>) {
  const ids: string[] = [];
  for (const [name, lines] of Object.entries(files)) {
    const file = path.join(dataDir, name);
    writeFileSync(file, [header, ...lines].join('\n'));
    const dataset = await ingestDataset(
      { path: file },
      { dataDir, kind: 'ride_trips', pseudonymKey: developmentPseudonymKey },
    );
    ids.push(dataset.datasetId!);
  }
  return loadAuditDatasets(dataDir, ids);
}

async function capOf(datasets: Awaited<ReturnType<typeof ingested>>) {
  const audit = await runAudit({ agreement, datasets, asOf: '2026-11-28', repeatedRows: 'latest' });
  try {
    const keys = await (
      await audit.connection.run(`SELECT finding_key FROM findings ORDER BY 1`)
    ).getRowsJson();
    return {
      clause: audit.result.clauses.find((c) => c.clause_id === 'cap'),
      findings: keys.map(([k]) => String(k)),
      superseded: audit.superseded,
    };
  } finally {
    audit.close();
  }
}

describe('rows that a later upload holds again, for the analyses over the whole catalogue', () => {
  it('reads such a row from the later dataset alone and says how many of which were left out', async () => {
    // The platform corrected trip t2 (it paid the driver 80, not 60) and sent it again with the next week's t3.
    const datasets = await ingested({
      'week1.csv': [trip('t1', 60), trip('t2', 60)],
      'week2-corrected.csv': [trip('t2', 80), trip('t3', 60)],
    });
    const { clause, findings, superseded } = await capOf(datasets);
    expect(clause).toMatchObject({ checked: 3, violations: 2 });
    expect(findings).toEqual(['t1', 't3']);
    expect(superseded).toEqual([
      {
        kind: 'ride_trips',
        pairs: [
          {
            earlier: expect.stringMatching(/^week1\.csv \(\w{12}\)$/),
            later: expect.stringMatching(/^week2-corrected\.csv \(\w{12}\)$/),
            rows: 1,
          },
        ],
      },
    ]);
    const notice = supersededNotice(superseded[0]!);
    expect(notice.code).toBe('rows_superseded');
    expect(notice.en).toMatch(
      /^ride_trips: 1 rows of week1\.csv \(\w{12}\) are in the later upload week2-corrected\.csv \(\w{12}\) too and are read from it$/,
    );
    expect(notice.zh).toMatch(
      /^ride_trips：week1\.csv \(\w{12}\) 中的 1 行在较晚上传的 week2-corrected\.csv/,
    );
  });

  it('takes the latest upload whichever file holds more of the rows, and leaves data without overlap as it is', async () => {
    const corrected = await ingested({
      'month.csv': [trip('m1', 60), trip('m2', 60), trip('m3', 60)],
      'm2-corrected.csv': [trip('m2', 90)],
    });
    const first = await capOf(corrected);
    expect(first.clause).toMatchObject({ checked: 3, violations: 2 });
    expect(first.findings).toEqual(['m1', 'm3']);
    expect(first.superseded.flatMap((s) => s.pairs.map((p) => p.rows))).toEqual([1]);

    const apart = await ingested({ 'a.csv': [trip('a1', 60)], 'b.csv': [trip('b1', 90)] });
    const second = await capOf(apart);
    expect(second.clause).toMatchObject({ checked: 2, violations: 1 });
    expect(second.superseded).toEqual([]);
  });
});
