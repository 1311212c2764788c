import {
  ingestDataset,
  type IngestInput,
  type IngestOptionsInput,
  type IngestResult,
} from '@gigpact/datasets';
import type { Database } from '../../../platform/db/client';
import { recordDataset } from '../datasets.repository';

/**
 * Ingests one file and writes its catalogue row: the one path the API upload, `gigpact ingest` and the demo seed
 * share. A file ingested before (same bytes, same reading) returns the stored dataset, and its row is written if
 * it is missing (a dataset stored before the catalogue existed, or by a run that stopped before this step).
 */
export async function ingestAndRecord(
  db: Database,
  input: IngestInput,
  options: IngestOptionsInput & { createdById: string | null },
): Promise<IngestResult> {
  const { createdById, ...ingestOptions } = options;
  const result = await ingestDataset(input, ingestOptions);
  if (result.datasetId && result.manifest) await recordDataset(db, result.manifest, createdById);
  return result;
}

/** The CLI prints what the API returns. */
export { presentIngestResult } from '../presenters';
