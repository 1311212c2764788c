import { datasetsByIndustry, type GovernanceAgreementView } from '@gigpact/contracts';
import { and, inArray } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { listAgreements } from '../../agreements/agreements.repository';
import { extentOf } from '../../audits/engine/data-notices';
import { datasets } from '../../datasets/schema';
import { ofTheCity } from '../data/analysis-data';
import { daysAround } from './days-around';

/**
 * Agreements that can be evaluated (every status but draft), each with how many days of stored data of the city
 * of its industry, with rows of the platforms it covers, lie before its effective date and after it up to its last
 * day (`effective_to` of its current version, as the evaluation measures). `platform` keeps those that cover it.
 */
export async function listEvaluableAgreements(
  db: Database,
  platform: string | null,
): Promise<GovernanceAgreementView[]> {
  const rows = await listAgreements(db, { status: ['negotiating', 'signed', 'in_force', 'superseded'] });
  const periods = await db
    .select({
      kind: datasets.kind,
      start: datasets.periodStart,
      end: datasets.periodEnd,
      manifest: datasets.manifest,
    })
    .from(datasets)
    .where(
      and(
        inArray(datasets.kind, ['delivery_orders', 'parcel_deliveries', 'ride_trips', 'freight_orders']),
        ofTheCity,
      ),
    );
  return rows
    .filter(
      (r) =>
        platform === null || r.agreement.platforms.length === 0 || r.agreement.platforms.includes(platform),
    )
    .map(({ agreement, version }) => {
      const kinds: readonly string[] = datasetsByIndustry[agreement.industry];
      // The datasets with rows of the platforms it covers: the days are those of the rows it is measured on, not
      // of the industry's other platforms (a dataset of several platforms counts with its whole period).
      const covers = (held: readonly string[]) =>
        agreement.platforms.length === 0 ||
        held.length === 0 ||
        held.some((p) => agreement.platforms.includes(p));
      const own = periods.filter(
        (p) => kinds.includes(p.kind) && p.start && p.end && covers(extentOf(p.manifest).platforms),
      );
      const start = own.map((p) => p.start!).sort()[0];
      const end = own
        .map((p) => p.end!)
        .sort()
        .at(-1);
      return {
        id: agreement.id,
        title: agreement.title,
        titleEn: agreement.titleEn,
        industry: agreement.industry,
        platforms: agreement.platforms,
        effectiveFrom: agreement.effectiveFrom,
        status: agreement.status,
        // The agreement row does not keep the last day: its current version's document does.
        ...daysAround({ start, end }, agreement.effectiveFrom, version.document.effective_to),
      };
    });
}
