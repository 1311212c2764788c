import {
  agreementCoverageOf,
  checkedDatasets,
  dataEndBeforeAgreement,
  dataPlatformsNotCovered,
  platformsSpeltLikeCovered,
  platformsSpeltLikeNotice,
  type DataNotice,
} from '@gigpact/contracts';
import type { DatasetManifest } from '@gigpact/datasets';
import type { Agreement } from '@gigpact/rules';

/** What the notices need to know of each dataset an audit or a scenario reads. */
export interface DatasetExtent {
  kind: string;
  periodEnd: string | null;
  platforms: readonly string[];
  /** The rows its ingest refused, with the dataset's id and file (a stored dataset's; none for a draft's rows). */
  refused?: { datasetId: string; fileName: string; rows: number };
}

/**
 * A stored dataset's extent: the last day of its period, its platforms (the one it was ingested for) and the rows
 * its ingest refused.
 */
export function extentOf(manifest: DatasetManifest): DatasetExtent {
  return {
    kind: manifest.kind,
    periodEnd: manifest.period.end,
    platforms: manifest.platforms.length > 0 ? manifest.platforms : [manifest.platform ?? []].flat(),
    ...(manifest.rowsRejected > 0
      ? {
          refused: {
            datasetId: manifest.datasetId,
            fileName: manifest.source.fileName,
            rows: manifest.rowsRejected,
          },
        }
      : {}),
  };
}

/**
 * The rows of checked data that its ingest refused: no clause checks them, and a clause over a worker's timeline
 * reads the gap they leave as a pause (a rest that was work, a shorter day).
 */
export function refusedRowsNotices(datasets: readonly DatasetExtent[]): DataNotice[] {
  return datasets.flatMap(({ refused }) =>
    refused
      ? [
          {
            code: 'rows_refused' as const,
            zh: `数据集 ${refused.datasetId}（${refused.fileName}）有 ${refused.rows} 行在入库时被拒绝，未被核查；连续工作、每日时长等按劳动者时间线计算的条款会把缺行处当作停顿`,
            en: `dataset ${refused.datasetId} (${refused.fileName}): ${refused.rows} rows were refused at ingest and are not checked; clauses over a worker's timeline (continuous work, daily time) read the gap they leave as a pause`,
          },
        ]
      : [],
  );
}

/**
 * Why an audit's or a scenario's figures may be empty, as the command-line audit says it: no stored data of the
 * industry, data that ends before the agreement takes effect, or data of none of the platforms the agreement covers,
 * each of the data whose rows the clauses check (`checkedDatasets`).
 */
export function dataNotices(agreement: Agreement, given: readonly DatasetExtent[]): DataNotice[] {
  // Only the data whose rows the clauses check: weather alerts and rosters running on past the orders check nothing.
  const datasets = checkedDatasets(given, agreement.industry);
  if (datasets.length === 0)
    return [
      {
        code: 'no_data',
        zh: '所用数据中没有该行业的数据（各条款核查的数据集），没有可核查的行',
        en: 'the data used holds none of the industry’s (the datasets its clauses check): no row is checked',
      },
    ];
  const notices: DataNotice[] = [];
  const end = dataEndBeforeAgreement(
    datasets.map((d) => d.periodEnd),
    agreement.effective_from,
  );
  if (end !== null)
    notices.push({
      code: 'data_before_agreement',
      zh: `数据截至 ${end}，早于协议生效日 ${agreement.effective_from}，没有可核查的行`,
      en: `the data ends on ${end}, before the agreement takes effect on ${agreement.effective_from}: no row is checked`,
    });
  const covered = agreementCoverageOf(agreement).platforms;
  const held = dataPlatformsNotCovered(
    datasets.map((d) => d.platforms),
    covered,
  );
  if (held !== null)
    notices.push({
      code: 'platforms_not_covered',
      zh: `数据中的平台（${held.join('、')}）都不在协议覆盖的平台（${covered.join('、')}）之内，没有可核查的行`,
      en: `the data's platforms (${held.join(', ')}) are none of those the agreement covers (${covered.join(', ')}): no row is checked`,
    });
  const near = platformsSpeltLikeCovered(
    datasets.map((d) => d.platforms),
    covered,
  );
  if (near.length > 0)
    notices.push({ code: 'platform_spelt_like_covered', ...platformsSpeltLikeNotice(near) });
  return [...notices, ...refusedRowsNotices(datasets)];
}
