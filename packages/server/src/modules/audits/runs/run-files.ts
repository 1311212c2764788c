import path from 'node:path';

/** The folder of one run's stored results under the data directory. */
export const runDir = (dataDir: string, runId: string) => path.join(dataDir, 'audits', runId);

/** The run's findings, one row each with its dimensions (see engine/finding-rows.ts). */
export const findingsFile = (dataDir: string, runId: string) =>
  path.join(runDir(dataDir, runId), 'findings.parquet');
