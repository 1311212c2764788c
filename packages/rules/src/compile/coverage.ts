import {
  agreementCoverageOf,
  canonicalDatasets,
  districtKeys,
  districtNamed,
  regionTree,
  type DatasetKind,
} from '@gigpact/contracts';
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

/**
 * The ways data writes a district: 310118, 青浦区, 青浦, Qingpu, qingpu, QINGPU. Ingest stores every spelling it
 * recognises as the district's Chinese name; the others keep data stored before, or written by hand, covered.
 */
const spellingsOf = (d: { code: string; zh: string; en: string }) => [
  ...new Set([d.code, d.zh, ...districtKeys(d), d.en, d.en.toLowerCase(), d.en.toUpperCase()]),
];

/** A district, named in any spelling `districtNamed` recognises, in all of its spellings; another name as given. */
export function districtSpellings(named: string): string[] {
  const district = districtNamed(named, regionTree);
  return district ? spellingsOf(district) : [named];
}

/**
 * The rows of a dataset an agreement binds: its platforms (`platform`; the brand, `company`, for parcels), the
 * districts of its scope, for delivery orders its rider types and for parcels and payroll its franchisees (a
 * secondary agreement binds one franchisee: `franchisee_id`). A dataset without the column an aspect needs
 * (payroll has no platform) is not limited by it; an empty list limits nothing. Payroll, which names neither
 * brand nor district, is limited to `payrollFranchisees` when they are given and the agreement names platforms
 * or districts: the franchisees of the parcels it covers, or of the brands it covers that the payroll datasets
 * were ingested for.
 */
export function coverageOf(
  agreement: Agreement,
  dataset: DatasetKind,
  payrollFranchisees?: readonly string[],
): CoverageCondition[] {
  const { platforms, districts, riderTypes, franchisees } = agreementCoverageOf(agreement);
  const placed =
    dataset === 'courier_payroll' && payrollFranchisees && platforms.length + districts.length > 0
      ? [
          {
            aspect: 'franchisee' as const,
            column: 'franchisee_id',
            named: payrollFranchisees,
            values: payrollFranchisees,
          },
        ]
      : [];
  const aspects: (Omit<CoverageCondition, 'column'> & { column: string | undefined })[] = [
    { aspect: 'platform', column: platformColumnOf(dataset), named: platforms, values: platforms },
    {
      aspect: 'district',
      column: 'district',
      named: districts,
      values: [...new Set(districts.flatMap(districtSpellings))],
    },
    { aspect: 'rider_type', column: 'rider_type', named: riderTypes, values: riderTypes },
    { aspect: 'franchisee', column: 'franchisee_id', named: franchisees, values: franchisees },
  ];
  return [
    ...aspects.filter(
      (a): a is CoverageCondition =>
        a.named.length > 0 && a.column !== undefined && hasColumn(dataset, a.column),
    ),
    ...placed,
  ];
}

/** The agreement with no limit on platforms, districts or rider types: every row of the data is checked. */
export function withoutCoverage(agreement: Agreement): Agreement {
  const { platform: _platform, scope: _scope, ...rest } = agreement;
  return rest;
}
