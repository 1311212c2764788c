import { datasetKinds } from '@gigpact/contracts';
import { z } from 'zod';

export const ingestFormats = ['csv', 'parquet', 'ndjson', 'xlsx', 'nyc-hvfhv', 'uber-driver-rides'] as const;
export type IngestFormat = (typeof ingestFormats)[number];

export interface IngestProgress {
  phase: 'reading' | 'loading' | 'validating' | 'writing' | 'done';
  /** 0..1 within the phase when known. */
  fraction?: number;
  bytesRead?: number;
  totalBytes?: number;
}

/** A platform code (`eleme`, `didi_freight`), refused in words, never with the regular expression that checks it. */
export const platformCodeSchema = z.string().regex(/^[a-z0-9_]+$/, {
  error:
    '平台代码只能由小写字母、数字和下划线组成，如 eleme、didi_freight / a platform code is lower-case letters, digits and underscores, e.g. eleme, didi_freight',
});

/** Options every caller (CLI, API upload, web upload through the API, demo seed) passes the same way. */
export const ingestOptionsSchema = z.object({
  dataDir: z.string().min(1),
  kind: z.enum(datasetKinds).optional(),
  format: z.enum(ingestFormats).optional(),
  /** `auto` (default) or any name iconv-lite knows: utf-8, gb18030, gbk, … */
  encoding: z.string().default('auto'),
  platform: platformCodeSchema.optional(),
  driver: z.string().min(1).optional(),
  policy: z.enum(['quarantine', 'reject']).default('quarantine'),
  /** Source column → canonical column, or null to leave a column out on purpose. */
  columnMap: z.record(z.string(), z.string().nullable()).default({}),
  pseudonymKey: z.string().min(16),
  /** Wall-clock zone of times without an offset; adapters bring their own. */
  timeZone: z.string().default('Asia/Shanghai'),
  currency: z.string().default('CNY'),
  createdBy: z.string().default('system'),
  /** Fixes "now" for the not-in-the-future check (tests, replays); ISO text in the dataset's zone. */
  now: z.string().optional(),
  /** How many errors the result lists in full; the rest are counted (all are stored in rejected.parquet). */
  maxErrors: z.number().int().positive().default(1000),
  memoryLimit: z.string().optional(),
});
export type IngestOptionsInput = z.input<typeof ingestOptionsSchema> & {
  signal?: AbortSignal;
  onProgress?: (progress: IngestProgress) => void;
};
export type IngestOptions = z.output<typeof ingestOptionsSchema>;
