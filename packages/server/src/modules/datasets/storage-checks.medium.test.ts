import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyFingerprint, type DatasetManifest } from '@gigpact/datasets';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { openTestDatabase, testEngines, type TestDatabase } from '../../platform/db/testing';
import { datasets } from './schema';
import { storageWarnings } from './storage-checks';

describe.each(testEngines)('start-up checks of the stored datasets on %s', (engine) => {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const catalogue = (id: string, key: string) =>
    database!.db.insert(datasets).values({
      id,
      kind: 'delivery_orders',
      format: 'canonical',
      sourceFileName: 'orders.csv',
      rowsAccepted: 1,
      rowsRejected: 0,
      dataModelVersion: '1',
      manifest: { pseudonymKeyFingerprint: keyFingerprint(key) } as unknown as DatasetManifest,
    });

  it('name datasets the data directory lacks and datasets pseudonymised under another key', async () => {
    database = await openTestDatabase(engine);
    dataDir = await mkdtemp(join(tmpdir(), 'gigpact-storage-'));
    const config = loadConfig({ GIGPACT_DATA_DIR: dataDir, GIGPACT_PSEUDONYM_KEY: 'k'.repeat(32) });
    expect(await storageWarnings(database.db, config)).toEqual([]);
    await catalogue('a'.repeat(64), 'k'.repeat(32));
    await catalogue('b'.repeat(64), 'another key of 32 characters....');
    const warnings = await storageWarnings(database.db, config);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain(`the data directory ${dataDir} lacks 2 of the database's datasets`);
    expect(warnings[1]).toContain('1 stored datasets were pseudonymised under another GIGPACT_PSEUDONYM_KEY');
  });
});
