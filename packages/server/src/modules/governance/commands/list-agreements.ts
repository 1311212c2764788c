import { datasetsByIndustry, type GovernanceAgreementView } from '@gigpact/contracts';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { listAgreements } from '../../agreements/agreements.repository';
import { datasets } from '../../datasets/schema';

const dayMs = 86_400_000;
const days = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / dayMs));

/**
 * Agreements that can be evaluated (every status but draft), each with how many days of stored data of its
 * industry lie before and after its effective date. `platform` keeps those that cover it.
 */
export async function listEvaluableAgreements(
  db: Database,
  platform: string | null,
): Promise<GovernanceAgreementView[]> {
  const rows = await listAgreements(db, { status: ['negotiating', 'signed', 'in_force', 'superseded'] });
  const periods = await db
    .select({ kind: datasets.kind, start: datasets.periodStart, end: datasets.periodEnd })
    .from(datasets)
    .where(inArray(datasets.kind, ['delivery_orders', 'parcel_deliveries', 'ride_trips', 'freight_orders']));
  return rows
    .filter(
      (r) =>
        platform === null || r.agreement.platforms.length === 0 || r.agreement.platforms.includes(platform),
    )
    .map(({ agreement }) => {
      const kinds: readonly string[] = datasetsByIndustry[agreement.industry];
      const own = periods.filter((p) => kinds.includes(p.kind) && p.start && p.end);
      const start = own.map((p) => p.start!).sort()[0];
      const end = own
        .map((p) => p.end!)
        .sort()
        .at(-1);
      const effective = agreement.effectiveFrom;
      const after = end ? new Date(Date.parse(end) + dayMs).toISOString().slice(0, 10) : undefined;
      return {
        id: agreement.id,
        title: agreement.title,
        titleEn: agreement.titleEn,
        industry: agreement.industry,
        platforms: agreement.platforms,
        effectiveFrom: effective,
        status: agreement.status,
        daysBefore: start && after ? days(start, effective < after ? effective : after) : 0,
        daysAfter: start && after ? days(effective > start ? effective : start, after) : 0,
      };
    });
}
