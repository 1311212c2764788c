import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { datasetFiles } from '../store/layout';
import { rowIsBadSql, typedName } from '../validation/checks';
import { uniqueKeyOf } from '../validation/relations';
import { emptyMalformedSql, type Source } from './load-source';
import { districtRenamedSql } from './district-names';
import type { Mapping } from './mapping';
import { scanSql, type ScanOptions } from './scan-sql';
import type { Validation } from './validate';
import {
  datasetFacts,
  storedColumnsOf,
  storedValueSql,
  workerColumnOf,
  writeRejected,
  type Written,
} from './write-dataset';

/** The message of the error that stops the clean-file pass at the first row the exact path has to look at. */
const needsExactPath = 'gigpact: a row needs the exact ingest path';

export interface CleanDataset {
  validation: Validation;
  written: Written;
}

/**
 * Most uploads have no bad row at all. For them one streaming pass types and checks every row with the exact
 * path's own expressions (`scanSql`, `rowIsBadSql`) and writes `data.parquet` as it goes: no validated table is
 * built and nothing is read twice. The pass stops at the first row any check flags (DuckDB `error()`), and the
 * result is given up when the file has a malformed record or a repeated id, or when a worker id already starts
 * like a pseudonym (it would be counted as pseudonymised). Then `null` is returned and the caller runs the exact
 * path on the same file, so a file's results never depend on which path stored it.
 */
export async function writeCleanDataset(
  db: DuckSession,
  source: Source,
  spec: DatasetSpec,
  mapping: Mapping,
  options: ScanOptions & {
    pseudonymKey: string;
    outDir: string;
    onProgress?: (fraction: number) => void;
  },
): Promise<CleanDataset | null> {
  const { present, ctx, canonical, typed } = scanSql(spec, mapping, options);
  const dataPath = join(options.outDir, datasetFiles.data);
  const worker = workerColumnOf(spec, mapping);
  // A district in another spelling is stored as the district's name: the exact path counts those rows.
  const district = ctx.present.has('district') ? sqlIdent(typedName('district')) : null;
  const stop = [
    rowIsBadSql(ctx),
    ...(worker ? [`coalesce(prefix(${worker}, 'psn_'), false)`] : []),
    ...(district ? [districtRenamedSql(district)] : []),
  ];
  // The stop is evaluated in a projection, never as a filter, so DuckDB cannot push it (and with it a second
  // evaluation of every typed expression) down into the scan.
  const stored = present.map((c, i) => {
    const value = storedValueSql(spec, c, options.pseudonymKey, sqlIdent(typedName(c.name)));
    const guarded =
      i === 0 ? `CASE WHEN _stop THEN error(${sqlString(needsExactPath)}) ELSE ${value} END` : value;
    return `${guarded} AS ${sqlIdent(c.name)}`;
  });
  try {
    await db.run(
      `COPY (SELECT ${stored.join(', ')} FROM (
         SELECT *, ${stop.map((s) => `(${s})`).join(' OR ')} AS _stop FROM (
           ${typed('')} FROM (${canonical(source.from('first'), '')}))))
       TO ${sqlString(dataPath)} (FORMAT parquet, COMPRESSION zstd)`,
      options.onProgress,
    );
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(needsExactPath)) throw error;
    return giveUp(db, dataPath);
  }
  if (source.format === 'csv' && (await countOf(db, 'SELECT count(*) FROM csv_rejects')) > 0)
    return giveUp(db, dataPath);
  const data = `read_parquet(${sqlString(dataPath)})`;
  if (await anyRepeatedKey(db, spec, ctx.present, data)) return giveUp(db, dataPath);

  const accepted = await countOf(db, `SELECT count(*) FROM ${data}`);
  const facts = await datasetFacts(db, spec, mapping, data, worker ? `prefix(${worker}, 'psn_')` : null);
  await db.run('CREATE TABLE issues (_rid BIGINT, col VARCHAR, val VARCHAR, code VARCHAR, detail VARCHAR)');
  await db.run('CREATE TABLE positions (rid BIGINT, _recno BIGINT, _line BIGINT)');
  await db.run(emptyMalformedSql);
  await db.run('CREATE TABLE held (rid BIGINT, _raw VARCHAR[])');
  await writeRejected(db, source, mapping, options.outDir);
  return {
    validation: {
      accepted,
      rejected: 0,
      skipped: 0,
      errorCount: 0,
      anyHeld: false,
      firstErrors: [],
    },
    written: { columns: storedColumnsOf(present), ...facts },
  };
}

/**
 * Whether two stored rows may share an id. Grouped by a 64-bit hash of the key as stored: equal ids always
 * collide, and the rare false alarm (a hash collision, or two phone numbers with one pseudonym) only sends the
 * file to the exact path, which groups the ids themselves.
 */
async function anyRepeatedKey(
  db: DuckSession,
  spec: DatasetSpec,
  present: ReadonlySet<string>,
  data: string,
): Promise<boolean> {
  const key = uniqueKeyOf(spec);
  if (key.length === 0 || !key.every((k) => present.has(k))) return false;
  const repeated = await countOf(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM ${data} GROUP BY hash(${key.map(sqlIdent).join(', ')}) HAVING count(*) > 1)`,
  );
  return repeated > 0;
}

/** Leaves the session as the exact path expects it: no partial data file, no rejects of this pass. */
async function giveUp(db: DuckSession, dataPath: string): Promise<null> {
  await rm(dataPath, { force: true });
  await db.run('DROP TABLE IF EXISTS csv_rejects');
  await db.run('DROP TABLE IF EXISTS csv_scan');
  return null;
}

async function countOf(db: DuckSession, sql: string): Promise<number> {
  return Number(await db.value<bigint>(sql));
}
