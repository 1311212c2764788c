import { z } from 'zod';
import { industries } from '../canonical';
import { enterpriseKinds, organisationKinds, organisationStatuses, unionStatuses } from '../registry';
import { pageQuery } from './admin';
import { districtCode, streetCode } from './codes';

const isoDate = z.iso.date();
const bilingual = z.object({ zh: z.string(), en: z.string() });

export const platformSummary = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  industry: z.enum(industries),
  hqDistrict: z.string().nullable(),
  hqDistrictName: bilingual.nullable(),
  unionFoundedOn: z.string().nullable(),
  workersEstimate: z.number(),
  enterprises: z.number(),
  enterprisesWithUnion: z.number(),
  members: z.number(),
});
export type PlatformSummary = z.infer<typeof platformSummary>;

/**
 * The platforms' names, for pages that show the codes data carries (public knowledge: the public scorecards show
 * them), to every signed-in account.
 */
export const platformNamesView = z.object({
  items: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })),
});
export type PlatformNamesView = z.infer<typeof platformNamesView>;

export const platformInput = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9_]{1,31}$/,
      '平台代码（小写字母开头，字母、数字和 _，2–32 位） / a platform code (a lower-case letter, then letters, digits and _, 2–32 in all)',
    ),
  nameZh: z.string().trim().min(1).max(80),
  nameEn: z.string().trim().min(1).max(80),
  industry: z.enum(industries),
  hqDistrict: districtCode.nullable().default(null),
  unionFoundedOn: isoDate.nullable().default(null),
  workersEstimate: z.number().int().min(0).default(0),
});

export const enterpriseSummary = z.object({
  id: z.string(),
  kind: z.enum(enterpriseKinds),
  name: z.string(),
  creditCode: z.string().nullable(),
  platformId: z.string(),
  platformCode: z.string(),
  platformName: z.string(),
  industry: z.enum(industries),
  parentId: z.string().nullable(),
  district: z.string(),
  districtName: bilingual,
  street: z.string().nullable(),
  streetName: z.string().nullable(),
  unionStatus: z.enum(unionStatuses),
  unionFoundedOn: z.string().nullable(),
  workers: z.number(),
  members: z.number(),
  version: z.number(),
});
export type EnterpriseSummary = z.infer<typeof enterpriseSummary>;

export const enterpriseQuery = pageQuery.extend({
  q: z.string().trim().max(80).optional(),
  kind: z.enum(enterpriseKinds).optional(),
  platform: z.string().optional(),
  industry: z.enum(industries).optional(),
  district: districtCode.optional(),
  street: streetCode.optional(),
  unionStatus: z.enum(unionStatuses).optional(),
  sort: z.enum(['name', 'workers', 'district', 'unionStatus']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type EnterpriseQuery = z.infer<typeof enterpriseQuery>;

const enterpriseFields = {
  kind: z.enum(enterpriseKinds),
  name: z.string().trim().min(1).max(120),
  creditCode: z.string().trim().nullable(),
  platformCode: z.string().trim().min(1),
  parentId: z.uuid().nullable(),
  district: districtCode,
  street: streetCode.nullable(),
  unionStatus: z.enum(unionStatuses),
  unionFoundedOn: isoDate.nullable(),
  workers: z.number().int().min(0),
};

export const enterpriseInput = z.object({
  ...enterpriseFields,
  creditCode: enterpriseFields.creditCode.default(null),
  parentId: enterpriseFields.parentId.default(null),
  street: enterpriseFields.street.default(null),
  unionStatus: enterpriseFields.unionStatus.default('none'),
  unionFoundedOn: enterpriseFields.unionFoundedOn.default(null),
  workers: enterpriseFields.workers.default(0),
});
export type EnterpriseInput = z.infer<typeof enterpriseInput>;

/** A change to an enterprise: only the fields given change; `version` is the one the user saw. */
export const enterpriseUpdate = z.object(enterpriseFields).partial().extend({ version: z.number().int() });

export const organisationNode = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  parentId: z.string().nullable(),
  area: z.string(),
  areaName: bilingual,
  platformCode: z.string().nullable(),
  foundedOn: z.string().nullable(),
  status: z.enum(organisationStatuses),
  members: z.number(),
  children: z.number(),
});
export type OrganisationNode = z.infer<typeof organisationNode>;

export const organisationDetail = organisationNode.extend({
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});

export const coverageDimensions = ['district', 'street', 'industry', 'platform'] as const;
export type CoverageDimension = (typeof coverageDimensions)[number];

export const coverageRow = z.object({
  key: z.string(),
  name: bilingual,
  platforms: z.number(),
  platformsWithUnion: z.number(),
  enterprises: z.number(),
  enterprisesWithUnion: z.number(),
  federations: z.number(),
  members: z.number(),
  /**
   * Active workers as platforms report them, by month, district and platform; null where the rows are cut
   * finer than that (by street, or in a street officer's area), since no street's workforce is known.
   */
  workers: z.number().nullable(),
  /** Share of enterprises with a founded union, 0–1; null without enterprises. */
  foundingRate: z.number().nullable(),
  /** Members per worker, 0–1; null without a workforce figure. */
  membershipRate: z.number().nullable(),
});
export type CoverageRow = z.infer<typeof coverageRow>;

export const coverageQuery = z.object({
  by: z.enum(coverageDimensions).default('district'),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份，写作 YYYY-MM / a month written YYYY-MM')
    .optional(),
  district: districtCode.optional(),
  industry: z.enum(industries).optional(),
});

export const coverageResponse = z.object({
  month: z.string(),
  by: z.enum(coverageDimensions),
  rows: z.array(coverageRow),
  total: coverageRow,
});

export const coverageTrendPoint = z.object({
  month: z.string(),
  members: z.number(),
  /** As in a coverage row: null in a street officer's area, whose workforce is not known. */
  workers: z.number().nullable(),
  enterprisesWithUnion: z.number(),
  enterprises: z.number(),
  platformsWithUnion: z.number(),
  foundingRate: z.number().nullable(),
  membershipRate: z.number().nullable(),
});
export const coverageTrendResponse = z.object({ points: z.array(coverageTrendPoint) });

export const importKinds = ['enterprises', 'members'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importIssue = z.object({
  row: z.number(),
  field: z.string(),
  value: z.string().nullable(),
  zh: z.string(),
  en: z.string(),
});
export type ImportIssue = z.infer<typeof importIssue>;

export const importReport = z.object({
  kind: z.enum(importKinds),
  fileName: z.string(),
  rows: z.number(),
  /** Rows written (new or changed); zero when any row was rejected, since an import is all or nothing. */
  imported: z.number(),
  /** Rows already present exactly as given. */
  unchanged: z.number(),
  rejected: z.number(),
  dryRun: z.boolean(),
  issues: z.array(importIssue),
});
export type ImportReport = z.infer<typeof importReport>;
