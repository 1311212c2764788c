import path from 'node:path';
import { datasetDir, datasetFiles, readManifest } from '@gigpact/datasets';
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
