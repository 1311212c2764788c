import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetsByIndustry, type DatasetKind, type Industry } from '@gigpact/contracts';
import { developmentPseudonymKey, ingestDataset, simulate, type SimulationSummary } from '@gigpact/datasets';
import { libraryRules, loadAgreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuditDatasets } from './load-datasets';
import { runAudit } from './run-audit';

/** The library rules the simulator injects and writes the ground truth of, by industry. */
const injected: Record<Industry, string[]> = {
  food_delivery: [
    'fd.late_penalty_exemption',
    'fd.no_late_money_penalty',
    'fd.bad_review_no_deduction',
    'fd.eta_speed_floor',
    'fd.fee_shown_before_accept',
    'fd.weather_subsidy',
  ],
  express: ['ex.direct_fee_share', 'ex.direct_payment', 'ex.wage_arrears'],
  ride_hailing: ['rh.commission_cap', 'rh.bill_transparency'],
  freight: ['fr.freight_advance', 'fr.commission_abs_cap', 'fr.peak_fee_cap'],
};

/**
 * The library rules of an industry the simulator does not break: by construction its workers rest, keep to
 * the daily caps and earn well above the hourly minimum, so these find nothing.
 */
const notInjected = (industry: Industry) =>
  libraryRules
    .filter((r) => (datasetsByIndustry[industry] as readonly string[]).includes(r.dataset))
    .map((r) => r.id)
    .filter((id) => !injected[industry].includes(id));

/** The one library parameter without a default: the platform's published average, as the shipped agreement has it. */
const requiredParams: Record<string, string> = {
  'rh.avg_commission_disclosed': ', params: { disclosed_average: 0.14 }',
};

const clauseOf = (rule: string) => rule.replace(/\./g, '_');

/** An agreement with one clause per library rule of the industry, every other parameter at its default. */
const agreementFor = (industry: Industry, platform?: string) =>
  loadAgreement(
    [
      `id: sim-${industry.replace(/_/g, '-')}${platform ? `-${platform}` : ''}`,
      `title: 模拟数据检验协议 ${industry}`,
      `industry: ${industry}`,
      ...(platform ? [`platform: ${platform}`] : []),
      'effective_from: 2020-01-01',
      'clauses:',
      ...[...injected[industry], ...notInjected(industry)].map(
        (rule) =>
          `  - { id: ${clauseOf(rule)}, title: ${rule}, text: ${rule}, rule: ${rule}${requiredParams[rule] ?? ''} }`,
      ),
    ].join('\n'),
    `${industry}.yaml`,
  );

/** Enough workers that every injected rule fires at least once (wage arrears are rare: 5 % of one brand's months). */
const scaleOf: Record<Industry, number> = {
  food_delivery: 0.004,
  express: 0.1,
  ride_hailing: 0.004,
  freight: 0.01,
};

let work: string;
const simulated = new Map<
  Industry,
  { summary: SimulationSummary; ids: Partial<Record<DatasetKind, string>> }
>();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'gigpact-precision-'));
  for (const industry of Object.keys(injected) as Industry[]) {
    const outDir = path.join(work, industry);
    const summary = await simulate({
      days: 45,
      scale: scaleOf[industry],
      seed: 20260,
      outDir,
      industries: [industry],
    });
    const ids: Partial<Record<DatasetKind, string>> = {};
    for (const kind of Object.keys(summary.rows) as DatasetKind[]) {
      const ingested = await ingestDataset(
        { path: path.join(outDir, `${kind}.parquet`) },
        { dataDir: path.join(work, 'data'), kind, pseudonymKey: developmentPseudonymKey },
      );
      expect([kind, ingested.rowsRejected]).toEqual([kind, 0]);
      ids[kind] = ingested.datasetId!;
    }
    simulated.set(industry, { summary, ids });
  }
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

/** The audit of an industry's simulated data under its agreement (of one platform, when named). */
async function auditSimulated(industry: Industry, platform?: string) {
  const { summary, ids } = simulated.get(industry)!;
  const kinds = [...datasetsByIndustry[industry], 'weather_alerts' as const].filter((k) => ids[k]);
  return runAudit({
    agreement: agreementFor(industry, platform),
    datasets: await loadAuditDatasets(
      path.join(work, 'data'),
      kinds.map((k) => ids[k]!),
    ),
    asOf: summary.asOf,
  });
}

/** Per clause: the findings that are in the ground truth (of one platform, when named), the findings, the truth. */
async function againstTruth(
  run: Awaited<ReturnType<typeof runAudit>>,
  industry: Industry,
  platform?: string,
) {
  const truth = path.join(work, industry, 'ground_truth.parquet').replace(/'/g, "''");
  const ofPlatform = platform ? `WHERE platform = '${platform}'` : '';
  // Findings name rows by the dataset's row id; payroll's truth names them courier/period.
  const reader = await run.connection.run(`
    WITH found AS (
      SELECT clause_id, CASE WHEN clause_id = 'ex_wage_arrears'
        THEN split_part(finding_key, '|', 2) || '/' || split_part(finding_key, '|', 3)
        ELSE finding_key END AS row_id FROM findings),
    truth AS (SELECT replace(rule, '.', '_') AS clause_id, row_id FROM read_parquet('${truth}') ${ofPlatform})
    SELECT clause_id,
      count(*) FILTER (WHERE f.row_id IS NOT NULL AND t.row_id IS NOT NULL)::INTEGER AS hits,
      count(f.row_id)::INTEGER AS found, count(t.row_id)::INTEGER AS expected
    FROM found f FULL JOIN truth t USING (clause_id, row_id)
    GROUP BY clause_id ORDER BY clause_id`);
  type Counts = { clause_id: string; hits: number; found: number; expected: number };
  return new Map(((await reader.getRowObjectsJson()) as Counts[]).map((r) => [r.clause_id, r]));
}

describe('every library rule on simulated data: precision and recall 1.0 against the ground truth, nothing else found', () => {
  for (const industry of Object.keys(injected) as Industry[]) {
    it(`${industry}: ${injected[industry].join(', ')} found${notInjected(industry).length ? `; ${notInjected(industry).join(', ')} find nothing` : ''}`, async () => {
      const run = await auditSimulated(industry);
      try {
        const counts = await againstTruth(run, industry);
        for (const rule of injected[industry]) {
          const c = counts.get(clauseOf(rule)) ?? { hits: 0, found: 0, expected: 0 };
          const applies = run.result.clauses.find((s) => s.clause_id === clauseOf(rule))!;
          expect([rule, applies.status]).toEqual([rule, 'applicable']);
          expect(c.expected, `${rule}: the simulator injected no violation`).toBeGreaterThan(0);
          // precision = hits / found, recall = hits / expected: both exactly 1.
          expect({ rule, precision: c.hits / c.found, recall: c.hits / c.expected }).toEqual({
            rule,
            precision: 1,
            recall: 1,
          });
        }
        for (const rule of notInjected(industry)) {
          const applies = run.result.clauses.find((s) => s.clause_id === clauseOf(rule))!;
          expect([rule, applies.status, applies.checked > 0]).toEqual([rule, 'applicable', true]);
          expect({ rule, found: counts.get(clauseOf(rule))?.found ?? 0 }).toEqual({ rule, found: 0 });
        }
      } finally {
        run.close();
      }
    }, 120_000);
  }
});

describe('an agreement of one platform on the city-wide simulated data', () => {
  // Express payroll names no brand: it is placed by the franchisees of the brand's parcels.
  const platformsOf: [Industry, string[]][] = [
    ['food_delivery', ['eleme', 'meituan']],
    ['express', ['jt', 'zto']],
  ];
  for (const [industry, platforms] of platformsOf)
    it(`${industry}: finds exactly that platform’s injected breaches, and none of the others’`, async () => {
      const { summary } = simulated.get(industry)!;
      for (const platform of platforms) {
        const run = await auditSimulated(industry, platform);
        try {
          const counts = await againstTruth(run, industry, platform);
          for (const rule of injected[industry]) {
            const c = counts.get(clauseOf(rule)) ?? { hits: 0, found: 0, expected: 0 };
            expect({ platform, rule, hits: c.hits, found: c.found }).toEqual({
              platform,
              rule,
              hits: c.expected,
              found: c.expected,
            });
            expect(c.expected).toBe(summary.violationsByPlatform[rule]?.[platform] ?? 0);
          }
          // Each finds something, and not what the other platform's breaches are.
          expect([...counts.values()].reduce((n, c) => n + c.found, 0)).toBeGreaterThan(0);
        } finally {
          run.close();
        }
      }
    }, 120_000);
});
