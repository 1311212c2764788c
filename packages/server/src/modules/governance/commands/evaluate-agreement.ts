import { datasetsByIndustry, type DataNotice, type EvaluationView } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { catalogueDatasetIds, openAnalysisData } from '../data/analysis-data';
import { evaluateAgreement } from '../metrics/evaluate';
import type { AnalysisScope } from '../metrics/scope';
import { AnalysisCache } from './analysis-cache';
import { loadCurrentAgreement } from './load-agreement';

const cache = new AnalysisCache<EvaluationView>();

/**
 * Before/after and difference-in-differences of an agreement over every stored dataset of its industry,
 * within the reader's scope. With `metric`, that metric alone with its per-platform, per-month and
 * per-district breakdowns.
 */
export async function evaluateStoredAgreement(
  db: Database,
  dataDir: string,
  input: { agreementId: string; scope: AnalysisScope; replicates: number; seed: number; metric?: string },
): Promise<EvaluationView> {
  const { row, document, version } = await loadCurrentAgreement(db, input.agreementId);
  const kinds = datasetsByIndustry[document.industry];
  const ids = await catalogueDatasetIds(db, kinds);
  const key = JSON.stringify([
    row.id,
    version,
    ids,
    input.scope,
    input.replicates,
    input.seed,
    input.metric ?? '',
  ]);
  return cache.get(key, async () => {
    const data = await openAnalysisData(db, dataDir, kinds);
    try {
      const evaluation = await evaluateAgreement(data, document, input.scope, {
        replicates: input.replicates,
        seed: input.seed,
        ...(input.metric ? { metrics: [input.metric], breakdowns: true } : {}),
      });
      return {
        ...evaluation,
        agreementTitle: row.title,
        scope: input.scope,
        datasets: data.datasetIds.length,
        metrics: evaluation.metrics as EvaluationView['metrics'],
        notices: [...data.notices, ...coveredSidesEmpty(evaluation.metrics, document.effective_from)],
      };
    } finally {
      data.duck.close();
    }
  });
}

/**
 * A notice for each side of the effective date on which the rows the agreement covers have no data at all (no
 * metric has a unit there): its before/after change and difference-in-differences are then empty, not zero.
 */
export function coveredSidesEmpty(
  metrics: readonly Pick<EvaluationView['metrics'][number], 'cells'>[],
  effectiveFrom: string,
): DataNotice[] {
  const unitsOn = (period: 'before' | 'after') =>
    metrics.reduce(
      (sum, m) =>
        sum +
        m.cells.filter((c) => c.arm === 'treated' && c.period === period).reduce((n, c) => n + c.units, 0),
      0,
    );
  if (metrics.length === 0) return [];
  const notices: DataNotice[] = [];
  if (unitsOn('before') === 0)
    notices.push({
      code: 'covered_side_empty',
      zh: `协议覆盖的行在生效日 ${effectiveFrom} 之前没有数据：无从比较前后，变化与双重差分为空`,
      en: `the rows the agreement covers have no data before it took effect on ${effectiveFrom}: there is no before to compare with, and the changes and the difference-in-differences are empty`,
    });
  if (unitsOn('after') === 0)
    notices.push({
      code: 'covered_side_empty',
      zh: `协议覆盖的行在生效日 ${effectiveFrom} 及之后没有数据：无从比较前后，变化与双重差分为空`,
      en: `the rows the agreement covers have no data from its effective date ${effectiveFrom} on: there is no after to compare with, and the changes and the difference-in-differences are empty`,
    });
  return notices;
}
