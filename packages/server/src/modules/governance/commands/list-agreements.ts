import { datasetsByIndustry, type GovernanceAgreementView } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import type { Database } from '../../../platform/db/client';
import { listAgreements } from '../../agreements/agreements.repository';
import { catalogueDatasetIds, openAnalysisData } from '../data/analysis-data';
import { coveredDays } from '../metrics/covered-days';
import { AnalysisCache } from './analysis-cache';
import { daysAround } from './days-around';

/** The statuses of the agreements that can be evaluated: every one but draft. */
export const evaluableStatuses = ['negotiating', 'signed', 'in_force', 'superseded'] as const;

/** The days with covered rows of each agreement of an industry (by id), by the agreements' versions and the data. */
const daysCache = new AnalysisCache<Map<string, string[]>>();

/**
 * Agreements that can be evaluated (every status but draft), each with how many days of stored data of the city
 * of its industry have rows it covers (its platforms, districts, rider types and franchisees, as the evaluation's
 * covered arm) before its effective date and after it up to its last day (`effective_to` of its current version,
 * as the evaluation measures): days with rows, not the span of the datasets. `platform` keeps those that cover it.
 */
export async function listEvaluableAgreements(
  db: Database,
  dataDir: string,
  platform: string | null,
): Promise<GovernanceAgreementView[]> {
  const rows = await listAgreements(db, { status: [...evaluableStatuses] });
  const listed = rows.filter(
    (r) =>
      platform === null || r.agreement.platforms.length === 0 || r.agreement.platforms.includes(platform),
  );
  const days = new Map<string, string[]>();
  for (const industry of new Set(listed.map((r) => r.agreement.industry))) {
    const documents = listed.filter((r) => r.agreement.industry === industry).map((r) => r.version.document);
    for (const [id, found] of await coveredDaysOf(db, dataDir, industry, documents)) days.set(id, found);
  }
  return listed.map(({ agreement, version }) => ({
    id: agreement.id,
    title: agreement.title,
    titleEn: agreement.titleEn,
    industry: agreement.industry,
    platforms: agreement.platforms,
    effectiveFrom: agreement.effectiveFrom,
    status: agreement.status,
    // The agreement row does not keep the last day: its current version's document does.
    ...daysAround(days.get(agreement.id) ?? [], agreement.effectiveFrom, version.document.effective_to),
  }));
}

/** The days with rows each agreement of an industry covers, over the city's stored datasets of the industry. */
async function coveredDaysOf(
  db: Database,
  dataDir: string,
  industry: Agreement['industry'],
  agreements: readonly Agreement[],
): Promise<Map<string, string[]>> {
  const kinds = datasetsByIndustry[industry];
  const ids = await catalogueDatasetIds(db, kinds);
  if (ids.length === 0) return new Map();
  const key = JSON.stringify([industry, ids, agreements]);
  return daysCache.get(key, async () => {
    const data = await openAnalysisData(db, dataDir, kinds);
    try {
      const found = new Map<string, string[]>();
      for (const agreement of agreements) found.set(agreement.id, await coveredDays(data, agreement));
      return found;
    } finally {
      data.duck.close();
    }
  });
}
