import { checkedKinds, type Industry } from '@gigpact/contracts';
import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { extentOf } from '../../audits/engine/data-notices';
import { datasets } from '../../datasets/schema';
import { ofTheCity } from '../data/analysis-data';
import type { StoredDays } from './replay-period';

/** The stored datasets of the city whose rows the industries' clauses check, each with its days and platforms. */
export interface StoredPeriod {
  kind: string;
  from: string;
  to: string;
  platforms: readonly string[];
}

/** Every stored dataset of the city with a period, of the kinds the clauses of an industry check. */
export async function storedPeriods(db: Database): Promise<StoredPeriod[]> {
  const kinds = [...new Set(Object.values(checkedKinds).flat())];
  const rows = await db
    .select({
      kind: datasets.kind,
      from: datasets.periodStart,
      to: datasets.periodEnd,
      manifest: datasets.manifest,
    })
    .from(datasets)
    .where(
      and(
        inArray(datasets.kind, kinds),
        isNotNull(datasets.periodStart),
        isNotNull(datasets.periodEnd),
        ofTheCity,
      ),
    );
  return rows.map((r) => ({
    kind: r.kind,
    from: r.from!.slice(0, 10),
    to: r.to!.slice(0, 10),
    platforms: extentOf(r.manifest).platforms,
  }));
}

/**
 * The first and the last day of the stored data an agreement's clauses check: the datasets of its industry with
 * rows of its platforms (a dataset naming no platform counts, as one of several platforms counts whole), or, when
 * none holds its platforms, every dataset of the industry (the scenario then says that the data holds none of
 * them). Null when nothing of the industry is stored.
 */
export function storedDaysOf(
  periods: readonly StoredPeriod[],
  agreement: { industry: Industry; platforms: readonly string[] },
): StoredDays | null {
  const kinds: readonly string[] = checkedKinds[agreement.industry];
  const industry = periods.filter((p) => kinds.includes(p.kind));
  const covers = (held: readonly string[]) =>
    agreement.platforms.length === 0 ||
    held.length === 0 ||
    held.some((p) => agreement.platforms.includes(p));
  const own = industry.filter((p) => covers(p.platforms));
  const read = own.length > 0 ? own : industry;
  if (read.length === 0) return null;
  return {
    from: read.map((p) => p.from).sort()[0]!,
    to: read
      .map((p) => p.to)
      .sort()
      .at(-1)!,
  };
}
