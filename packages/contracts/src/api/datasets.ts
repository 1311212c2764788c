import { z } from 'zod';
import { datasetKinds, type DatasetKind } from '../canonical';
import { pageQuery } from './admin';
import { platformCode } from './codes';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** How a platform export is read: a canonical format, or a named adapter for one platform's own export. */
export const datasetFormats = ['csv', 'parquet', 'ndjson', 'xlsx', 'nyc-hvfhv', 'uber-driver-rides'] as const;

/**
 * The formats that read one platform's own export (the datasets package's adapters, kept alike by its test), with
 * the kind of data each gives: with one of them an upload need not say its kind.
 */
export const platformFormatKinds: Partial<Record<(typeof datasetFormats)[number], DatasetKind>> = {
  'nyc-hvfhv': 'ride_trips',
  'uber-driver-rides': 'ride_trips',
};

/** `POST /api/datasets`: the file is the raw request body; how to read it comes in the query. */
export const datasetUploadQuery = z.object({
  fileName: z.string().trim().min(1).max(200),
  kind: z.enum(datasetKinds).optional(),
  format: z.enum(datasetFormats).optional(),
  platform: platformCode.optional(),
  driver: z.string().trim().min(1).max(100).optional(),
  encoding: z.string().trim().min(1).max(40).default('auto'),
  policy: z.enum(['quarantine', 'reject']).default('quarantine'),
});
export type DatasetUploadQuery = z.infer<typeof datasetUploadQuery>;

export const datasetIssue = z.object({
  /** The file the error is in, as uploaded. */
  file: z.string(),
  line: z.number(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: z.string(),
  message: bilingual,
});

/** A platform the rows name that the registry does not hold, with the registered code spelt alike, else null. */
export const unregisteredPlatform = z.object({ code: z.string(), near: z.string().nullable() });

/** The outcome of one ingest — the same shape `gigpact ingest --json` prints, plus the manifest. */
export const datasetIngestResult = z.object({
  dataset_id: z.string().nullable(),
  kind: z.enum(datasetKinds),
  /** Rows stored; 0 when nothing was stored. */
  rows_accepted: z.number(),
  /** Valid rows not stored because the file had bad rows under policy `reject`. */
  rows_held_back: z.number().optional(),
  rows_rejected: z.number(),
  rows_skipped: z.number(),
  reused: z.boolean(),
  errors: z.array(datasetIssue),
  errors_omitted: z.number().optional(),
  manifest: z.record(z.string(), z.unknown()).nullable().optional(),
  /** The upload's: platforms of the stored rows that the registry does not hold (`unregisteredPlatforms`). */
  unregistered_platforms: z.array(unregisteredPlatform).optional(),
});
export type DatasetIngestResult = z.infer<typeof datasetIngestResult>;

export const datasetQuery = pageQuery.extend({
  kind: z.enum(datasetKinds).optional(),
  platform: platformCode.optional(),
  /** Datasets whose period overlaps [from, to] (city dates). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type DatasetQuery = z.infer<typeof datasetQuery>;

/** One catalogue row as lists show it. */
export const datasetSummary = z.object({
  id: z.string(),
  kind: z.enum(datasetKinds),
  kindName: bilingual,
  format: z.string(),
  sourceFileName: z.string(),
  platform: z.string().nullable(),
  platforms: z.array(z.string()),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  rowsAccepted: z.number(),
  rowsRejected: z.number(),
  rowsSkipped: z.number(),
  policy: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type DatasetSummary = z.infer<typeof datasetSummary>;

export const datasetDetail = datasetSummary.extend({
  encoding: z.string().nullable(),
  bytes: z.number(),
  timeZone: z.string(),
  currency: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.string(), storage: z.string() })),
  ignoredColumns: z.array(z.string()),
  pseudonymised: z.number(),
  /** Rows whose district was written in another spelling and is stored as the district's name. */
  districtsRenamed: z.number(),
  /**
   * Platforms the rows name that the registry does not hold, each with the registered code it differs from only in
   * case or separators (`Huolala` → `huolala`), else null: no agreement binds such rows.
   */
  unregisteredPlatforms: z.array(unregisteredPlatform),
  dataModelVersion: z.string(),
  /** The first errors of the ingest (as stored beside the dataset) and how many there were in all. */
  errors: z.array(datasetIssue),
  errorCount: z.number(),
  /**
   * Whether the reader may download the refused rows (the file as received, personal data included): the uploader
   * and the city administrator.
   */
  mayDownloadRejected: z.boolean(),
});
export type DatasetDetail = z.infer<typeof datasetDetail>;
