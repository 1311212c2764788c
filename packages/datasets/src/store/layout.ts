import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestIssue } from '../validation/codes';
import { datasetManifestSchema, type DatasetManifest } from './manifest';

/**
 * `<dataDir>/datasets/<id>/` holds `data.parquet`, `rejected.parquet`, `errors.json` and `manifest.json`. A
 * dataset is written under `<dataDir>/datasets/.staging/` and appears under its id by one rename, so a reader
 * sees all of it or nothing, and a crash leaves only a staging folder that the next ingest removes.
 */
export const datasetFiles = {
  data: 'data.parquet',
  rejected: 'rejected.parquet',
  errors: 'errors.json',
  manifest: 'manifest.json',
} as const;

export function datasetsRoot(dataDir: string): string {
  return join(dataDir, 'datasets');
}

export function datasetDir(dataDir: string, datasetId: string): string {
  if (!/^[0-9a-f]{64}$/.test(datasetId)) throw new Error(`not a dataset id: ${datasetId}`);
  return join(datasetsRoot(dataDir), datasetId);
}

export async function readManifest(dataDir: string, datasetId: string): Promise<DatasetManifest | null> {
  try {
    const text = await readFile(join(datasetDir(dataDir, datasetId), datasetFiles.manifest), 'utf8');
    return datasetManifestSchema.parse(JSON.parse(text));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The errors an ingest reported (the first ones in full, and how many in all), as stored beside the dataset. */
export async function readStoredErrors(
  dataDir: string,
  datasetId: string,
): Promise<{ errorCount: number; errors: IngestIssue[] }> {
  const text = await readFile(join(datasetDir(dataDir, datasetId), datasetFiles.errors), 'utf8');
  return JSON.parse(text) as { errorCount: number; errors: IngestIssue[] };
}

export async function listDatasets(dataDir: string): Promise<DatasetManifest[]> {
  let names: string[];
  try {
    names = await readdir(datasetsRoot(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const manifests = await Promise.all(
    names.filter((n) => /^[0-9a-f]{64}$/.test(n)).map((id) => readManifest(dataDir, id)),
  );
  return manifests
    .filter((m): m is DatasetManifest => m !== null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** A private staging folder named after this process, so a later run can tell abandoned ones from live ones. */
export async function createStaging(dataDir: string): Promise<string> {
  const root = join(datasetsRoot(dataDir), '.staging');
  await mkdir(root, { recursive: true });
  await removeAbandonedStaging(root);
  const dir = join(root, `${process.pid}-${randomBytes(6).toString('hex')}`);
  await mkdir(dir);
  return dir;
}

/** Removes staging folders whose process is gone (killed mid-ingest). */
async function removeAbandonedStaging(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    const pid = Number(name.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}

/** Whether a process of this id is running (one of another user's counts as running). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes the staged dataset visible under its id in one atomic rename. If the same dataset appeared meanwhile
 * (two uploads of the same file), the existing one wins and the staged copy is dropped.
 */
export async function publishStaging(
  stagingDir: string,
  dataDir: string,
  datasetId: string,
): Promise<boolean> {
  const target = datasetDir(dataDir, datasetId);
  try {
    await rename(stagingDir, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') {
      await rm(stagingDir, { recursive: true, force: true });
      return false;
    }
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
