import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DatasetKind } from '@gigpact/contracts';
import { ingestDataset } from '../ingest/ingest';
import type { IngestOptionsInput } from '../ingest/options';
import { tempDir, testKey } from './builders';

/** Ingests the file at `path` into the data folder `data` beside it, as of 2026-01-01. */
export async function ingestFile(path: string, kind: DatasetKind, options: Partial<IngestOptionsInput> = {}) {
  const dataDir = join(dirname(path), 'data');
  const result = await ingestDataset(
    { path },
    { dataDir, kind, pseudonymKey: testKey, now: '2026-01-01 00:00:00', ...options },
  );
  return { result, dataDir };
}

/** Ingests one file of the given text into a fresh data folder, as of 2026-01-01. */
export async function ingestText(
  text: string | Buffer,
  kind: DatasetKind,
  options: Partial<IngestOptionsInput> = {},
  fileName = `${kind}.csv`,
) {
  const dir = await tempDir();
  const path = join(dir, fileName);
  await writeFile(path, text);
  return { ...(await ingestFile(path, kind, options)), dir, path };
}
