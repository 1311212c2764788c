import { agreementStatuses, industries } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Algorithm and labour-rule agreements. The text of every version is kept in `agreement_versions`. */
export const agreements = pgTable(
  'agreements',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    industry: text('industry', { enum: industries }).notNull(),
    platforms: jsonb('platforms').$type<string[]>().notNull(),
    status: text('status', { enum: agreementStatuses }).notNull(),
    parentId: text('parent_id'),
    effectiveFrom: date('effective_from').notNull(),
    currentVersion: integer('current_version').notNull(),
    /** Optimistic concurrency: bumped on every change. */
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agreements_status_idx').on(t.status),
    check('agreements_id_shape', sql`${t.id} ~ '^[a-z0-9][a-z0-9_.-]{1,80}$'`),
  ],
);

export const agreementVersions = pgTable(
  'agreement_versions',
  {
    agreementId: text('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    /** The version label the document gives itself (`version:`), if any. */
    label: text('label'),
    document: jsonb('document').$type<Agreement>().notNull(),
    source: text('source').notNull(),
    summary: text('summary').notNull().default(''),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.number] })],
);

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementVersionRow = typeof agreementVersions.$inferSelect;
