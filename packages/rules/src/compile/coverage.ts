import { canonicalDatasets, regionTree, type DatasetKind } from '@gigpact/contracts';
import type { Agreement } from '../agreement/types';

/** One condition of what an agreement covers: rows whose `column` is one of `values` (as the data may spell them). */
export interface CoverageCondition {
  /** What the agreement names: platforms, districts, rider types or franchisees. */
  readonly aspect: 'platform' | 'district' | 'rider_type' | 'franchisee';
  readonly column: string;
  /** The values as the agreement writes them, for descriptions. */
  readonly named: readonly string[];
  /** Every spelling of them a dataset may hold (a district by its code, Chinese name, short name or English name). */
  readonly values: readonly string[];
}

/** The column naming the platform (or the express brand) in each dataset that has one. */
const platformColumnOf = (dataset: DatasetKind) =>
  ['platform', 'company'].find((name) => canonicalDatasets[dataset].columns.some((c) => c.name === name));

const hasColumn = (dataset: DatasetKind, name: string) =>
  canonicalDatasets[dataset].columns.some((c) => c.name === name);

/** A district as platforms write it: 青浦区, 青浦, Qingpu, qingpu, 310118; a name not in the bundled regions as given. */
export function districtSpellings(named: string): string[] {
  const key = named.trim().toLowerCase();
  const district = regionTree.districts.find((d) =>
    [d.code, d.zh, d.zh.replace(/区$/, ''), d.en.toLowerCase()].some((name) => name.toLowerCase() === key),
  );
  if (!district) return [named];
  return [
    ...new Set([
      district.code,
      district.zh,
      district.zh.replace(/区$/, ''),
      district.en,
      district.en.toLowerCase(),
    ]),
  ];
}

/**
 * The rows of a dataset an agreement binds: its platforms (`platform`; the brand, `company`, for parcels), the
 * districts of its scope, for delivery orders its rider types and for parcels and payroll its franchisees (a
 * secondary agreement binds one franchisee: `franchisee_id`). A dataset without the column an aspect needs
 * (payroll has no platform) is not limited by it; an empty list limits nothing.
 */
export function coverageOf(agreement: Agreement, dataset: DatasetKind): CoverageCondition[] {
  const conditions: CoverageCondition[] = [];
  const platforms = agreement.platform === undefined ? [] : [agreement.platform].flat();
  const platformColumn = platformColumnOf(dataset);
  if (platforms.length > 0 && platformColumn)
    conditions.push({ aspect: 'platform', column: platformColumn, named: platforms, values: platforms });
  const districts = agreement.scope?.districts ?? [];
  if (districts.length > 0 && hasColumn(dataset, 'district'))
    conditions.push({
      aspect: 'district',
      column: 'district',
      named: districts,
      values: [...new Set(districts.flatMap(districtSpellings))],
    });
  const riderTypes = agreement.scope?.rider_types ?? [];
  if (riderTypes.length > 0 && hasColumn(dataset, 'rider_type'))
    conditions.push({ aspect: 'rider_type', column: 'rider_type', named: riderTypes, values: riderTypes });
  const franchisees = agreement.scope?.franchisees ?? [];
  if (franchisees.length > 0 && hasColumn(dataset, 'franchisee_id'))
    conditions.push({
      aspect: 'franchisee',
      column: 'franchisee_id',
      named: franchisees,
      values: franchisees,
    });
  return conditions;
}

/** The agreement with no limit on platforms, districts or rider types: every row of the data is checked. */
export function withoutCoverage(agreement: Agreement): Agreement {
  const { platform: _platform, scope: _scope, ...rest } = agreement;
  return rest;
}
