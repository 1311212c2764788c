import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { regionTree } from '@gigpact/contracts';
import { neutraliseSql } from '@gigpact/datasets';
import { exportTable } from '../../../platform/files/export';
import { errors } from '../../../platform/http/errors';
import { findingWhere, rows, type FindingFilter } from './findings-store';
import type { FindingScope } from './findings-scope';

/** Largest export as XLSX, which is built in memory; CSV and Parquet are written by DuckDB and have no limit. */
export const xlsxRowLimit = 100_000;

/**
 * An exact decimal as its canonical text, as the API shows it (`canonicalDecimal`): `0.1000000000` → `0.1`,
 * `5.00` → `5`, `-0.00` → `0`.
 */
export const canonicalDecimalSql = (expr: string) => {
  const text = `CAST(${expr} AS VARCHAR)`;
  return `CASE WHEN ${expr} IS NULL THEN NULL WHEN ${expr} = 0 THEN '0'
    WHEN contains(${text}, '.') THEN rtrim(rtrim(${text}, '0'), '.') ELSE ${text} END`;
};

/** The district's name beside its code, for a reader of the file (`310118` → 青浦区). */
const districtName = `CASE district ${regionTree.districts
  .map((d) => `WHEN '${d.code}' THEN '${d.zh.replace(/'/g, "''")}'`)
  .join(' ')} END`;

const maskedWorker = `CASE WHEN worker IS NULL THEN NULL WHEN length(worker) <= 4 THEN '****' ELSE left(worker, 4) || '****' END`;

/** The columns of an export; `amount` is canonical decimal text in CSV and XLSX, an exact DECIMAL in Parquet. */
const exported: [string, string][] = [
  ['key', 'key'],
  ['clause_id', 'clause_id'],
  ['finding_key', 'finding_key'],
  ['rule', 'rule'],
  ['liable', 'liable'],
  ['state', 'state'],
  ['platform', 'platform'],
  ['district', 'district'],
  ['district_name', districtName],
  ['franchisee', 'franchisee'],
  ['worker', maskedWorker],
  ['day', 'CAST(day AS VARCHAR)'],
  ['month', 'month'],
  ['amount', canonicalDecimalSql('amount')],
  ['evidence', `array_to_string(evidence, ';')`],
];

/**
 * The findings in scope matching a filter, as CSV (UTF-8 with BOM), XLSX or Parquet: worker pseudonyms masked,
 * text a spreadsheet would run as a formula neutralised.
 */
export async function exportFindingsFile(
  connection: DuckDBConnection,
  scope: FindingScope,
  filter: FindingFilter,
  format: 'csv' | 'xlsx' | 'parquet',
): Promise<Buffer> {
  const where = findingWhere(scope, filter);
  if (format === 'xlsx') {
    const [counted] = await rows<{ n: string | number }>(
      connection,
      `SELECT count(*)::BIGINT AS n FROM f ${where.sql}`,
      where.params,
    );
    const count = Number(counted?.n ?? 0);
    // A workbook cut short would pass for all the findings: too many are refused, never truncated.
    if (count > xlsxRowLimit)
      throw errors.validation([
        {
          path: ['format'],
          zh: `共 ${count} 条发现，超过 XLSX 导出上限 ${xlsxRowLimit} 条：请导出 CSV 或 Parquet，或缩小筛选范围`,
          en: `${count} findings exceed the XLSX export limit of ${xlsxRowLimit}: export CSV or Parquet, or narrow the filter`,
        },
      ]);
    const items = await rows<Record<string, string | null>>(
      connection,
      `SELECT ${exported.map(([name, expr]) => `${expr} AS ${name}`).join(', ')} FROM f ${where.sql}
       ORDER BY clause_id, finding_key`,
      where.params,
    );
    return exportTable(
      items,
      exported.map(([name]) => ({
        header: name,
        value: (r: Record<string, string | null>) => r[name] ?? null,
      })),
      'xlsx',
      'findings',
    );
  }
  const work = await mkdtemp(path.join(tmpdir(), 'gigpact-findings-'));
  try {
    const file = path.join(work, `findings.${format}`);
    const columns = exported
      .map(([name, expr]) =>
        format === 'parquet' && name === 'amount'
          ? 'amount'
          : format === 'csv' && !['day', 'amount'].includes(name)
            ? `${neutraliseSql(`CAST(${expr} AS VARCHAR)`)} AS ${name}`
            : `${expr} AS ${name}`,
      )
      .join(', ');
    const options = format === 'csv' ? "(HEADER, DELIMITER ',')" : '(FORMAT parquet)';
    // COPY takes no bound values: the rows are chosen first, then written.
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE export_rows AS SELECT ${columns} FROM f ${where.sql} ORDER BY clause_id, finding_key`,
      where.params,
    );
    await connection.run(`COPY export_rows TO '${file.replace(/'/g, "''")}' ${options}`);
    const bytes = await readFile(file);
    return format === 'csv' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
  } finally {
    await connection.run('DROP TABLE IF EXISTS export_rows');
    await rm(work, { recursive: true, force: true });
  }
}
