import { datasetKinds } from '@gigpact/contracts';
import type { DatasetManifest } from '@gigpact/datasets';
import { bigint, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The catalogue of ingested platform datasets. The data itself is immutable Parquet under the data directory,
 * named by `id` (a content hash); this row makes it findable, attributable and scoped.
 */
export const datasets = pgTable(
  'datasets',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: datasetKinds }).notNull(),
    format: text('format').notNull(),
    sourceFileName: text('source_file_name').notNull(),
    platform: text('platform'),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    rowsAccepted: bigint('rows_accepted', { mode: 'number' }).notNull(),
    rowsRejected: bigint('rows_rejected', { mode: 'number' }).notNull(),
    rowsSkipped: bigint('rows_skipped', { mode: 'number' }).notNull().default(0),
    dataModelVersion: text('data_model_version').notNull(),
    /** The whole manifest as written beside the data. */
    manifest: jsonb('manifest').$type<DatasetManifest>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('datasets_kind_idx').on(t.kind, t.createdAt), index('datasets_platform_idx').on(t.platform)],
);

export type DatasetRow = typeof datasets.$inferSelect;
