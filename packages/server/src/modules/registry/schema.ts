import {
  enterpriseKinds,
  industries,
  organisationKinds,
  organisationStatuses,
  unionStatuses,
} from '@gigpact/contracts';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/** Platforms (平台企业): the companies whose algorithms the union negotiates. */
export const platforms = pgTable('platforms', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  industry: text('industry', { enum: industries }).notNull(),
  hqDistrict: text('hq_district'),
  unionFoundedOn: date('union_founded_on'),
  workersEstimate: integer('workers_estimate').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Grids (网格) under a street or town, the smallest unit of the union's organisation. */
export const grids = pgTable(
  'grids',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    street: text('street').notNull(),
    name: text('name').notNull(),
  },
  (t) => [unique('grids_street_name').on(t.street, t.name)],
);

/** Union organisations as a tree: city → district → street/town → grid federations, plus attached unions. */
export const organisations = pgTable(
  'union_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    /** Where it sits: a GB/T 2260 code of 6 (city, district) or 9 (street) digits. */
    regionCode: text('region_code').notNull(),
    gridId: uuid('grid_id').references(() => grids.id),
    platformId: uuid('platform_id').references(() => platforms.id),
    enterpriseId: uuid('enterprise_id'),
    industry: text('industry', { enum: industries }),
    foundedOn: date('founded_on'),
    status: text('status', { enum: organisationStatuses }).notNull().default('active'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('union_organisations_parent_idx').on(t.parentId),
    index('union_organisations_region_idx').on(t.regionCode),
    check('union_organisations_region_shape', sql`${t.regionCode} ~ '^[0-9]{6}$|^[0-9]{9}$'`),
  ],
);

/** Franchisees, labour partners, outlets and stations below a platform (加盟商、服务商、网点、站点). */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: enterpriseKinds }).notNull(),
    name: text('name').notNull(),
    creditCode: text('credit_code').unique(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platforms.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => enterprises.id),
    district: text('district').notNull(),
    street: text('street'),
    unionStatus: text('union_status', { enum: unionStatuses }).notNull().default('none'),
    unionFoundedOn: date('union_founded_on'),
    workers: integer('workers').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprises_district_idx').on(t.district, t.street),
    index('enterprises_platform_idx').on(t.platformId),
    check('enterprises_workers_non_negative', sql`${t.workers} >= 0`),
    check(
      'enterprises_founded_has_date',
      sql`(${t.unionStatus} = 'founded') = (${t.unionFoundedOn} is not null)`,
    ),
  ],
);

/** One worker's membership of one union organisation. Worker ids are pseudonymous. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workerId: text('worker_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    platformId: uuid('platform_id').references(() => platforms.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    district: text('district').notNull(),
    street: text('street'),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
  },
  (t) => [
    unique('memberships_worker_org_joined').on(t.workerId, t.organisationId, t.joinedOn),
    index('memberships_district_idx').on(t.district, t.joinedOn),
    index('memberships_worker_idx').on(t.workerId),
    check('memberships_left_after_joined', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

/**
 * Active workers by month, district and platform, as platforms report them: the denominator of membership
 * coverage.
 */
export const workforce = pgTable(
  'workforce',
  {
    month: text('month').notNull(),
    district: text('district').notNull(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platforms.id),
    workers: integer('workers').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.district, t.platformId] })],
);

export type PlatformRow = typeof platforms.$inferSelect;
export type EnterpriseRow = typeof enterprises.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
