import { datasetsByIndustry, type DataNotice, type EvaluationView } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { listAgreements } from '../../agreements/agreements.repository';
import { catalogueDatasetIds, openAnalysisData } from '../data/analysis-data';
import type { ControlLeftOut } from '../metrics/control-left-out';
import { evaluateAgreement } from '../metrics/evaluate';
import type { AnalysisScope } from '../metrics/scope';
import { AnalysisCache } from './analysis-cache';
import { evaluableStatuses } from './list-agreements';
import { loadCurrentAgreement } from './load-agreement';

const cache = new AnalysisCache<EvaluationView>();

/**
 * Before/after and difference-in-differences of an agreement over every stored dataset of its industry,
 * within the reader's scope; the rows that the industry's other agreements (every status the evaluation takes, as
 * listed) cover in the period compared leave the control arm. With `metric`, that metric alone with its
 * per-platform, per-month and per-district breakdowns.
 */
export async function evaluateStoredAgreement(
  db: Database,
  dataDir: string,
  input: { agreementId: string; scope: AnalysisScope; replicates: number; seed: number; metric?: string },
): Promise<EvaluationView> {
  const { row, document, version } = await loadCurrentAgreement(db, input.agreementId);
  const kinds = datasetsByIndustry[document.industry];
  const ids = await catalogueDatasetIds(db, kinds);
  const others = (await listAgreements(db, { status: [...evaluableStatuses], industry: document.industry }))
    .filter((o) => o.agreement.id !== row.id)
    .map((o) => ({ id: o.agreement.id, version: o.version.number, document: o.version.document }));
  const key = JSON.stringify([
    row.id,
    version,
    ids,
    others.map((o) => [o.id, o.version]),
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
        otherAgreements: others.map((o) => o.document),
        ...(input.metric ? { metrics: [input.metric], breakdowns: true } : {}),
      });
      return {
        ...evaluation,
        agreementTitle: row.title,
        scope: input.scope,
        datasets: data.datasetIds.length,
        metrics: evaluation.metrics as EvaluationView['metrics'],
        notices: [
          ...data.notices,
          ...coveredSidesEmpty(evaluation.metrics, document.effective_from),
          ...evaluation.controlLeftOut.map(controlLeftOutNotice),
        ],
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

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The rows of the control arm that other agreements cover, left out of it: how many, and of which agreements (each
 * with its rows and the days it is in effect).
 */
export function controlLeftOutNotice(leftOut: ControlLeftOut): DataNotice {
  const zh = leftOut.agreements
    .map(
      (a) =>
        `《${a.title}》${count(a.rows)} 行（${a.effectiveTo ? `${a.effectiveFrom} 至 ${a.effectiveTo}` : `${a.effectiveFrom} 起`}有效）`,
    )
    .join('、');
  const en = leftOut.agreements
    .map(
      (a) =>
        `${a.titleEn ?? a.title} (${count(a.rows)} rows; in effect ${a.effectiveTo ? `${a.effectiveFrom} to ${a.effectiveTo}` : `from ${a.effectiveFrom}`})`,
    )
    .join('; ');
  return {
    code: 'control_rows_left_out',
    zh: `对照组排除了其他协议在比较期内覆盖的 ${count(leftOut.rows)} 行（${leftOut.kind}）：${zh}。这些行在生效日前后都不作对照，以免其他协议带来的变化被算作本协议的效果`,
    en: `the control arm leaves out ${count(leftOut.rows)} rows (${leftOut.kind}) that other agreements cover in the period compared: ${en}. They are left out before and after the effective date, so that a change another agreement brings is not counted as this agreement's effect`,
  };
}
