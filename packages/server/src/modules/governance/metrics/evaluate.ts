import type { DatasetKind } from '@gigpact/contracts';
import { agreementCoverageOf, datasetsByIndustry } from '@gigpact/contracts';
import { sqlString } from '@gigpact/datasets';
import type { Agreement } from '@gigpact/rules';
import { coveredRowsSql } from '../../audits/engine/views';
import type { AnalysisData } from '../data/analysis-data';
import { bootstrap, contrast, countedUnitsSql, type Contrast, type Estimate } from '../stats/bootstrap';
import { beforeAfter, differenceInDifferences } from '../stats/contrasts';
import { metricParamsOf } from './agreement-params';
import { controlExclusion, type ControlExclusion, type ControlLeftOut } from './control-left-out';
import {
  availableMetrics,
  optionalReader,
  type CoveredSql,
  type MetricDefinition,
  type MetricUnit,
} from './definitions';
import { districtName, scopedUnits, type AnalysisScope } from './scope';
import { storedWorkerDays } from './stored-days';
import { isUnitKind } from './unit-sql';

export interface EvaluationOptions {
  replicates: number;
  seed: number;
  /** Only these metrics (all available when absent). */
  metrics?: readonly string[];
  /** Also the per-platform, per-month and per-district breakdowns (costs one bootstrap each). */
  breakdowns?: boolean;
  /**
   * The other agreements of the industry that may bind platforms (every status but draft): the rows they cover in
   * the period compared leave the control arm (`control-left-out.ts`).
   */
  otherAgreements?: readonly Agreement[];
}

/**
 * Why no metric has a control arm: the agreement covers every row of its industry; every row it does not cover is
 * one other agreements cover, left out; the reader's scope is one platform's rows, all of which it covers; or the
 * data in the reader's scope holds no row it does not cover.
 */
export type NoControl = 'covers_all' | 'left_out' | 'scope_platform' | 'no_rows';

export interface Cell extends Estimate {
  arm: 'treated' | 'control';
  period: 'before' | 'after';
}

export interface MetricEvaluation {
  key: string;
  kind: DatasetKind;
  unit: MetricUnit;
  better: 'higher' | 'lower';
  cells: Cell[];
  treatedChange: Contrast;
  controlChange: Contrast | null;
  did: Contrast | null;
  byPlatform?: Estimate[];
  byMonth?: Estimate[];
  byDistrict?: Estimate[];
}

export interface Evaluation {
  agreementId: string;
  effectiveFrom: string;
  treated: { platforms: string[]; districts: string[]; riderTypes: string[]; franchisees: string[] };
  /**
   * What sets the control arm apart, the first the agreement names: other platforms, other districts, other rider
   * types, other franchisees; none when it covers every row of its industry.
   */
  control: 'platforms' | 'districts' | 'rider_types' | 'franchisees' | 'none';
  replicates: number;
  seed: number;
  metrics: MetricEvaluation[];
  /** Units of the control arm left out because other agreements cover them, per kind. */
  controlLeftOut: ControlLeftOut[];
  /** Why there is no control arm at all; null when some metric has one. */
  noControl: NoControl | null;
}

/** The cells of the before/after comparison, and the breakdowns by platform, month and district. */
const cellGroups = ['arm', 'period'];
const breakdownGroups: [string[], string[], string[]] = [
  ['platform', 'period'],
  ['platform', 'month'],
  ['district', 'period'],
];
/** Every column the evaluation's bootstraps group by: the cells and the breakdowns. */
const unitGroupings = ['arm', 'period', 'platform', 'month', 'district'];

/**
 * Before/after an agreement's effective date for every metric the data supports, in the covered arm (exactly the
 * rows an audit of the agreement reads: its platforms, districts, rider types and franchisees) and in the arm of
 * the industry's other rows — less those other agreements cover in the period compared — with the
 * difference-in-differences and cluster-bootstrap intervals (workers resampled, seeded). Thresholds are the
 * agreement's, on each unit's day. "After" ends with the agreement's last day.
 */
export async function evaluateAgreement(
  data: AnalysisData,
  agreement: Agreement,
  scope: AnalysisScope,
  options: EvaluationOptions,
): Promise<Evaluation> {
  const connection = data.duck.connection;
  const kinds = datasetsByIndustry[agreement.industry];
  const params = metricParamsOf(agreement);
  const coverage = agreementCoverageOf(agreement);
  const treated = {
    platforms: coverage.platforms,
    districts: coverage.districts.map(districtName),
    riderTypes: coverage.riderTypes,
    franchisees: coverage.franchisees,
  };
  const control = coverage.platforms.length
    ? 'platforms'
    : coverage.districts.length
      ? 'districts'
      : coverage.riderTypes.length
        ? 'rider_types'
        : coverage.franchisees.length
          ? 'franchisees'
          : 'none';
  // An agreement that has ended (superseded, expired) is judged on its own years: nothing after its last day.
  const ended = agreement.effective_to ? `day <= DATE ${sqlString(agreement.effective_to)}` : 'TRUE';
  const metrics = availableMetrics(data.columns).filter(
    (m) => kinds.includes(m.kind) && (!options.metrics || options.metrics.includes(m.key)),
  );
  const workerDaysOf = storedWorkerDays(connection, 'gov_days');
  const exclusions = new Map<string, ControlExclusion>();
  const results: MetricEvaluation[] = [];
  for (const metric of metrics) {
    results.push(await evaluateMetric(metric));
  }
  const controlLeftOut = [...exclusions.values()].flatMap((e) => (e.counts ? [e.counts] : []));
  const noControl: NoControl | null =
    control === 'none'
      ? 'covers_all'
      : results.some((m) => m.cells.some((c) => c.arm === 'control'))
        ? null
        : controlLeftOut.length > 0
          ? 'left_out'
          : scope.platform
            ? 'scope_platform'
            : 'no_rows';
  return {
    agreementId: agreement.id,
    effectiveFrom: agreement.effective_from,
    treated,
    control,
    replicates: options.replicates,
    seed: options.seed,
    metrics: results,
    controlLeftOut,
    noControl: results.length > 0 ? noControl : null,
  };

  /** The rows of a kind that other agreements cover, out of the control arm: worked out once per kind. */
  async function exclusionOf(metric: MetricDefinition): Promise<ControlExclusion> {
    let exclusion = exclusions.get(metric.kind);
    if (!exclusion) {
      exclusion =
        control !== 'none' && isUnitKind(metric.kind)
          ? await controlExclusion(connection, {
              kind: metric.kind,
              columns: data.columns[metric.kind] ?? [],
              optional: optionalReader(data.columns, metric.kind),
              agreement,
              others: options.otherAgreements ?? [],
              scope,
            })
          : { leftOut: 'FALSE', counts: null };
      exclusions.set(metric.kind, exclusion);
    }
    return exclusion;
  }

  async function evaluateMetric(metric: MetricDefinition): Promise<MetricEvaluation> {
    // The audit's own test of which rows the agreement covers (a column it names that the data lacks: none), and
    // the rows other agreements cover, out of the control arm.
    const coveredRows = coveredRowsSql(agreement, metric.kind, data.columns[metric.kind] ?? []);
    const { leftOut } = await exclusionOf(metric);
    const covered: CoveredSql = leftOut === 'FALSE' ? coveredRows : { covered: coveredRows, leftOut };
    const optional = optionalReader(data.columns, metric.kind);
    const units = scopedUnits(
      metric.units(optional, params, covered, await workerDaysOf(metric, optional, params, covered)),
      scope,
    );
    const selected = `SELECT *, CASE WHEN covered THEN 'treated' ELSE 'control' END AS arm,
           CASE WHEN day < DATE ${sqlString(agreement.effective_from)} THEN 'before' ELSE 'after' END AS period,
           strftime(day, '%Y-%m') AS month
         FROM (${units}) WHERE ${ended}`;
    // Counted per worker and every grouping the bootstraps ask for (a median's units one a row), and read by each
    // of them instead of the units' query: a few thousand rows for a rate instead of one per order.
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE gov_units AS ${countedUnitsSql(selected, unitGroupings, metric.estimator)}`,
    );
    const run = (groups: string[], repsTable: string) =>
      bootstrap(connection, {
        units: 'gov_units',
        counted: true,
        groups,
        estimator: metric.estimator,
        replicates: options.replicates,
        seed: options.seed,
        repsTable,
      });
    const estimates = await run(cellGroups, 'gov_cells');
    const cells = estimates.map((e) => ({
      ...e,
      arm: e.groups.arm as Cell['arm'],
      period: e.groups.period as Cell['period'],
    }));
    const has = (arm: string) => cells.filter((c) => c.arm === arm).length === 2;
    const treatedChange = await contrast(connection, 'gov_cells', beforeAfter({ arm: 'treated' }), estimates);
    const controlChange =
      control !== 'none' && has('control')
        ? await contrast(connection, 'gov_cells', beforeAfter({ arm: 'control' }), estimates)
        : null;
    const did =
      controlChange && has('treated')
        ? await contrast(connection, 'gov_cells', differenceInDifferences(), estimates)
        : null;
    const evaluation: MetricEvaluation = {
      key: metric.key,
      kind: metric.kind,
      unit: metric.unit,
      better: metric.better,
      cells,
      treatedChange,
      controlChange,
      did,
    };
    if (options.breakdowns) {
      const [byPlatform, byMonth, byDistrict] = breakdownGroups;
      evaluation.byPlatform = await run(byPlatform, 'gov_by_platform');
      evaluation.byMonth = await run(byMonth, 'gov_by_month');
      evaluation.byDistrict = await run(byDistrict, 'gov_by_district');
    }
    return evaluation;
  }
}
