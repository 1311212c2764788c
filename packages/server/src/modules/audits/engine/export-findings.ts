import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { neutraliseSql } from '@gigpact/datasets';

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Writes the run's findings as Parquet (for further analysis) and CSV (for spreadsheets, with text that a
 * spreadsheet would run as a formula neutralised). Returns the files written.
 */
export async function exportFindings(connection: DuckDBConnection, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const parquet = path.join(outDir, 'findings.parquet');
  const csv = path.join(outDir, 'findings.csv');
  await connection.run(
    `COPY (SELECT * FROM findings ORDER BY clause_id, finding_key) TO ${quoteText(parquet)} (FORMAT parquet)`,
  );
  await connection.run(
    `COPY (SELECT ${neutraliseSql('clause_id')} AS clause_id, ${neutraliseSql('finding_key')} AS finding_key,
             ${neutraliseSql("array_to_string(evidence, ';')")} AS evidence, CAST(amount AS VARCHAR) AS amount,
             ${neutraliseSql('computed')} AS computed
           FROM findings ORDER BY clause_id, finding_key) TO ${quoteText(csv)} (HEADER, DELIMITER ',')`,
  );
  return [parquet, csv];
}
