/**
 * Governance's analyses of the Ele.me agreement on simulated orders in DuckDB, each against the formulation it
 * replaced, measured in the same run and checked to give the same figures:
 *   evaluation  the before/after evaluation of every delivery metric (200 replicates), the units counted per
 *               worker and grouping and the worker-days stored once, against every metric's bootstrap over a row
 *               per order with its worker-days built again (the same four cells per metric);
 *   Theil–Sen   the inference's line fits on a seeded sample kept by a bounded aggregate, against the sample
 *               found by sorting every point (the same slopes and intercepts);
 *   medians     the scorecards' medians by hundredths, against one ordering of every value (the same values).
 * Printed as ratios, best of `--rounds` (2 unless told).
 * Usage: npx tsx packages/server/bench/governance.bench.ts [--rows N] [--rounds N] [--replicates N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAgreement } from '@gigpact/rules';
import { argument, ratio, say, seconds } from '../../rules/bench/support/measure';
import { simulatedOrdersView } from '../../rules/bench/support/simulated-orders';
import type { AnalysisData } from '../src/modules/governance/data/analysis-data';
import { metricParamsOf } from '../src/modules/governance/metrics/agreement-params';
import { availableMetrics, optionalReader } from '../src/modules/governance/metrics/definitions';
import { evaluateAgreement, type Cell } from '../src/modules/governance/metrics/evaluate';
import { coveredRowsSql } from '../src/modules/audits/engine/views';
import { bootstrap } from '../src/modules/governance/stats/bootstrap';
import { duckRows, openDuck } from '../src/modules/governance/stats/duck';
import { inverseQuantileSql } from '../src/modules/governance/stats/inverse-quantile';
import { theilSen } from '../src/modules/governance/stats/theil-sen';
import { Rounds } from './support/rounds';

const targetRows = argument('rows', 10_000_000);
const rounds = new Rounds(argument('rounds', 2));
const replicates = argument('replicates', 200);

const agreement = loadAgreement(
  readFileSync(path.resolve(import.meta.dirname, '../../rules/agreements/eleme-shanghai-2025.yaml'), 'utf8'),
  'eleme-shanghai-2025.yaml',
);
const duck = await openDuck();
const c = duck.connection;
const { file, columns, rows } = await simulatedOrdersView(c, targetRows, say);
const data: AnalysisData = { duck, columns: { delivery_orders: columns }, datasetIds: [] };
say(`${rows.toLocaleString()} simulated delivery orders (${file}), ${replicates} replicates`);
await c.run(
  `SELECT count(accepted_at) + count(delivered_at) + count(pay) + count(distance_m) FROM delivery_orders`,
);

const scope = { platform: null, district: null };
const metrics = availableMetrics(data.columns).filter((m) => m.kind === 'delivery_orders');
const params = metricParamsOf(agreement);

/** Every metric's cells as the evaluation computed them before: a bootstrap over a stored row per order. */
async function perOrderCells(): Promise<Record<string, Cell[]>> {
  const cells: Record<string, Cell[]> = {};
  for (const metric of metrics) {
    const covered = coveredRowsSql(agreement, metric.kind, columns);
    await c.run(`CREATE OR REPLACE TEMP TABLE bench_units AS
      SELECT *, CASE WHEN covered THEN 'treated' ELSE 'control' END AS arm,
        CASE WHEN day < DATE '${agreement.effective_from}' THEN 'before' ELSE 'after' END AS period
      FROM (${metric.units(optionalReader(data.columns, metric.kind), params, covered)})`);
    const estimates = await bootstrap(c, {
      units: 'bench_units',
      groups: ['arm', 'period'],
      estimator: metric.estimator,
      replicates,
      seed: 1,
      repsTable: 'bench_cells',
    });
    cells[metric.key] = estimates.map((e) => ({
      ...e,
      arm: e.groups.arm as Cell['arm'],
      period: e.groups.period as Cell['period'],
    }));
  }
  return cells;
}

/** The inference's fits with the sample found by sorting every point (the formulation `theilSen` replaced). */
const sortedSampleFits = (points: string, sample = 800, seed = 1) =>
  duckRows(
    c,
    `WITH kept AS (SELECT grp, x, y, row_number() OVER (PARTITION BY grp ORDER BY hash(${seed}::BIGINT, id), id) AS k
                   FROM (${points}) WHERE x IS NOT NULL AND y IS NOT NULL QUALIFY k <= ${sample}),
     slopes AS (SELECT a.grp, quantile_cont((b.y - a.y) / (b.x - a.x), 0.5) AS slope
                FROM kept a JOIN kept b ON a.grp = b.grp AND a.k < b.k AND a.x <> b.x GROUP BY a.grp)
     SELECT kept.grp AS "group", slopes.slope, quantile_cont(kept.y - slopes.slope * kept.x, 0.5) AS intercept,
            count(*)::INTEGER AS n
     FROM kept JOIN slopes USING (grp) GROUP BY ALL ORDER BY 1`,
  );
const fitPoints = [
  `SELECT 'all' AS grp, order_id AS id, distance_m / 1000.0 AS x, epoch(promised_at - accepted_at) / 60 AS y FROM delivery_orders`,
  `SELECT platform || strftime(accepted_at, '%Y-%m') AS grp, order_id AS id, distance_m / 1000.0 AS x,
     CAST(pay AS DOUBLE) AS y FROM delivery_orders`,
];

// The scorecards' units of one median metric, under the agreement's parameters.
const medianUnits = metrics
  .find((m) => m.key === 'allowed_min_per_km_p50')!
  .units(optionalReader(data.columns, 'delivery_orders'), params, 'TRUE');
const orderedMedian = `SELECT platform, min(value) FILTER (WHERE cum >= 0.5 * total) AS v FROM (
    SELECT platform, value, count(*) OVER (PARTITION BY platform ORDER BY value ROWS UNBOUNDED PRECEDING) AS cum,
      count(*) OVER (PARTITION BY platform) AS total FROM (${medianUnits}) WHERE value IS NOT NULL)
  GROUP BY platform ORDER BY 1`;

const same = (what: string, a: unknown, b: unknown) => {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: the two formulations differ`);
};
await rounds.each(async (of) => {
  const evaluation = await rounds.timed(
    `evaluation, units counted, worker-days stored${of}`,
    'evaluation',
    () => evaluateAgreement(data, agreement, scope, { replicates, seed: 1 }),
  );
  const before = await rounds.timed(`evaluation, a row per order${of}`, 'evaluationBefore', perOrderCells);
  for (const m of evaluation.metrics) same(`${m.key} cells`, m.cells, before[m.key]);
  const fits = await rounds.timed(`Theil–Sen, bounded sample${of}`, 'fits', async () => {
    const out = [];
    for (const points of fitPoints) out.push(...(await theilSen(c, points, { sample: 800, seed: 1 })));
    return out;
  });
  const sortedFits = await rounds.timed(
    `Theil–Sen, sample by sorting every point${of}`,
    'fitsBefore',
    async () => {
      const out = [];
      for (const points of fitPoints) out.push(...(await sortedSampleFits(points)));
      return out;
    },
  );
  same('Theil–Sen fits', fits, sortedFits);
  const medians = await rounds.timed(`medians by hundredths${of}`, 'medians', () =>
    duckRows(c, `SELECT * FROM (${inverseQuantileSql(medianUnits, 'platform', 0.5)}) ORDER BY 1`),
  );
  const ordered = await rounds.timed(`medians, every value ordered${of}`, 'mediansBefore', () =>
    duckRows(c, orderedMedian),
  );
  same('medians', medians, ordered);
});
duck.close();

const line = (label: string, ours: string, theirs: string) => {
  const a = rounds.best(ours);
  const b = rounds.best(theirs);
  say(
    `${label.padEnd(12)} ${seconds(a.wallMs)} (cpu ${seconds(a.cpuMs)}) against ${seconds(b.wallMs)} (cpu ${seconds(b.cpuMs)}): ${ratio(b, a)}`,
  );
};
say('');
say(`the same figures from both formulations; best of ${rounds.count}, ratio before / now:`);
line('evaluation', 'evaluation', 'evaluationBefore');
line('Theil–Sen', 'fits', 'fitsBefore');
line('medians', 'medians', 'mediansBefore');
