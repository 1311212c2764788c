import { existsSync } from 'node:fs';
import path from 'node:path';
import { datasetDir, datasetFiles, readManifest } from '@gigpact/datasets';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { datasets as catalogue } from '../../datasets/schema';
import type { AuditDataset } from './views';

/** The stored datasets an audit reads, by id; an unknown id is an error that names it. */
export async function loadAuditDatasets(dataDir: string, ids: readonly string[]): Promise<AuditDataset[]> {
  const datasets: AuditDataset[] = [];
  for (const id of ids) {
    const manifest = /^[0-9a-f]{64}$/.test(id) ? await readManifest(dataDir, id) : null;
    if (!manifest) throw new Error(`数据集 ${id} 不存在 / no dataset ${id} in ${dataDir}`);
    datasets.push({ manifest, dataFile: path.join(datasetDir(dataDir, id), datasetFiles.data) });
  }
  return datasets;
}

/**
 * Of the given datasets (all of the catalogue's when none are given), those the catalogue holds but this data
 * directory does not: the processes that share a database must share its data directory too, and one whose
 * directory is another leaves such runs to the processes that can read them.
 */
export async function datasetsNotInDataDir(
  db: Database,
  dataDir: string,
  ids?: readonly string[],
): Promise<string[]> {
  if (ids?.length === 0) return [];
  const listed = await db
    .select({ id: catalogue.id })
    .from(catalogue)
    .where(ids ? inArray(catalogue.id, [...ids]) : undefined);
  return listed
    .map(({ id }) => id)
    .filter((id) => !existsSync(path.join(datasetDir(dataDir, id), datasetFiles.manifest)));
}
