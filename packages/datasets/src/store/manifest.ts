import { datasetKinds } from '@gigpact/contracts';
import { z } from 'zod';

/** The catalogue entry of one stored dataset (`manifest.json` beside its Parquet files). */
export const datasetManifestSchema = z.object({
  manifestVersion: z.literal(1),
  /** Version of the canonical data model (data-model.md) the dataset follows. */
  dataModelVersion: z.literal(1),
  datasetId: z.string().regex(/^[0-9a-f]{64}$/),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(datasetKinds),
  format: z.string(),
  source: z.object({ fileName: z.string(), bytes: z.number().int(), encoding: z.string().nullable() }),
  platform: z.string().nullable(),
  platforms: z.array(z.string()),
  period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  timeZone: z.string(),
  currency: z.string(),
  rowsAccepted: z.number().int(),
  rowsRejected: z.number().int(),
  rowsSkipped: z.number().int(),
  columns: z.array(z.object({ name: z.string(), type: z.string(), storage: z.string() })),
  ignoredColumns: z.array(z.string()),
  policy: z.enum(['quarantine', 'reject']),
  pseudonymKeyFingerprint: z.string(),
  pseudonymised: z.number().int(),
  /** Rows whose district was written in another spelling (Qingpu, 青浦, 310118) and is stored as 青浦区. */
  districtsRenamed: z.number().int().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type DatasetManifest = z.infer<typeof datasetManifestSchema>;
