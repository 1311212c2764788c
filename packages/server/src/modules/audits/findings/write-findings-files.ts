import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Agreement } from '@gigpact/rules';
import type { Config } from '../../../config';
import { exportFindingsFile, workerAliasSecret } from './export-findings';

/**
 * Writes a finished run's findings to a folder as the server exports them (`findings.csv`, `findings.parquet`):
 * the same columns — rule, liable party, platform, district (code and name), franchisee, worker by its alias, day,
 * month, amount, evidence — read from the run's `finding_rows` (engine/finding-rows.ts), every finding `new`, so
 * that no worker's id is in either file. For `gigpact audit --out`. Returns the files written.
 */
export async function writeFindingsFiles(
  connection: DuckDBConnection,
  outDir: string,
  run: {
    runId: string;
    /** The agreement as run: where its clauses' finding keys name workers. */
    agreement: Agreement;
    config: Pick<Config, 'pseudonymKey' | 'usesDevelopmentPseudonymKey'>;
  },
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW f AS SELECT *, 'new' AS state, 1 AS version FROM finding_rows`,
  );
  const aliasing = { runId: run.runId, secret: workerAliasSecret(run.config) };
  const files: string[] = [];
  for (const format of ['csv', 'parquet'] as const) {
    const file = path.join(outDir, `findings.${format}`);
    await writeFile(
      file,
      (await exportFindingsFile(connection, { kind: 'all' }, {}, format, aliasing, run.agreement)).file,
    );
    files.push(file);
  }
  return files;
}
