import { datasetsByIndustry, type EvaluationView } from '@gigpact/contracts';
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
        notices: data.notices,
      };
    } finally {
      data.duck.close();
    }
  });
}
