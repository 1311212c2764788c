import { createHmac, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { datasetKinds, regionTree, type AuditRunStatus } from '@gigpact/contracts';
import { neutraliseCell, neutraliseSql } from '@gigpact/datasets';
import ExcelJS from 'exceljs';
import type { Config } from '../../../config';
import { errors } from '../../../platform/http/errors';
import { dimensionColumns } from '../engine/finding-rows';
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

/**
 * How the workers of one export are named: each by an alias, HMAC-SHA256 under `secret` of the run's id and the
 * worker's pseudonym. The same worker has one alias in every export of the run, so rows group by worker and the
 * exports of one run join; another run gives the same worker another alias, and without the secret an alias
 * cannot be traced back to a pseudonym.
 */
export interface WorkerAliasing {
  runId: string;
  secret: string;
}

/** Made once per process: the secret of aliases where no pseudonym key of the installation's own is set. */
const processSecret = randomBytes(32).toString('hex');

/**
 * The secret that aliases are keyed with: the installation's pseudonym key (`GIGPACT_PSEUDONYM_KEY`) when it
 * has one of its own. The development key is public, so without one of its own the secret is random, made once
 * per process: exports of a run then keep their aliases until the server restarts.
 */
export function workerAliasSecret(
  config: Pick<Config, 'pseudonymKey' | 'usesDevelopmentPseudonymKey'>,
): string {
  return config.pseudonymKey && !config.usesDevelopmentPseudonymKey ? config.pseudonymKey : processSecret;
}

/** A worker's alias in the exports of a run: `w_` and 16 hex digits (64 bits, so a city's workers do not collide). */
export function workerAlias(aliasing: WorkerAliasing, worker: string): string {
  const mac = createHmac('sha256', aliasing.secret)
    .update(`gigpact-export-worker\0${aliasing.runId}\0${worker}`, 'utf8')
    .digest('hex');
  return `w_${mac.slice(0, 16)}`;
}

/**
 * The columns of an export, read from `export_rows` (the findings chosen, workers by alias); `amount` is
 * canonical decimal text in CSV, a number or text in XLSX (`amountCell`), an exact DECIMAL in Parquet.
 */
const exported: [string, string][] = [
  ['key', `clause_id || ':' || finding_key`],
  ['clause_id', 'clause_id'],
  ['finding_key', 'finding_key'],
  ['rule', 'rule'],
  ['liable', 'liable'],
  ['state', 'state'],
  ['platform', 'platform'],
  ['district', 'district'],
  ['district_name', districtName],
  ['franchisee', 'franchisee'],
  ['worker', 'worker'],
  ['day', 'CAST(day AS VARCHAR)'],
  ['month', 'month'],
  ['amount', canonicalDecimalSql('amount')],
  ['evidence', `array_to_string(evidence, ';')`],
];

/** Significant digits a spreadsheet keeps of a number (Excel's precision). */
const spreadsheetDigits = 15;

/**
 * An amount (canonical decimal text) as an XLSX cell: a number when the spreadsheet holds it as it is — at most
 * 15 significant digits, which a double reads back as the same decimal — shown with 2 decimals or as many as it
 * has; otherwise the exact text, which a sum would skip but never round.
 */
export function amountCell(amount: string | null): { value: number | string | null; numFmt?: string } {
  if (amount === null) return { value: null };
  const [whole = '', fraction = ''] = amount.replace(/^-/, '').split('.');
  const significant = (whole + fraction).replace(/^0+/, '').replace(/0+$/, '');
  if (!/^\d*$/.test(whole + fraction) || significant.length > spreadsheetDigits) return { value: amount };
  return { value: Number(amount), numFmt: `#,##0.${'0'.repeat(Math.max(2, fraction.length))}` };
}

/**
 * SQL selecting the ids of the workers in the datasets the connection reads (the audit's views, one per kind,
 * `createDatasetViews`): those that may stand inside a finding's key or an evidence row's id (a payroll row is
 * named by its franchisee, courier and period; a driver's own export, read beside others, by platform, driver and
 * trip).
 */
async function datasetWorkersSql(connection: DuckDBConnection): Promise<string[]> {
  const viewed = await rows<{ table_name: string; column_name: string }>(
    connection,
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE list_contains(from_json($1::JSON, '["VARCHAR"]'), table_name)`,
    [JSON.stringify(datasetKinds)],
  );
  return datasetKinds.flatMap((kind) => {
    const worker = dimensionColumns[kind].worker;
    return worker && viewed.some((c) => c.table_name === kind && c.column_name === worker)
      ? [`SELECT CAST("${worker}" AS VARCHAR) AS worker FROM ${kind}`]
      : [];
  });
}

/** The parts of a finding's key or evidence row id, as the compiler joins group keys and row ids: by `|`. */
const partsAliased = (text: string) =>
  `array_to_string(list_transform(string_split(${text}, '|'), p -> coalesce(m.aliases[p], p)), '|')`;

/**
 * Builds `export_rows`: the chosen findings, every worker replaced by its alias — in the worker column, and
 * wherever a worker's id is a part of the finding's key or of an evidence row's id. Other parts (clause, day,
 * order ids) stay, so a finding is found again in the product by its clause and the rest of its key. Only the
 * findings whose key or evidence names a worker are rewritten part by part (a rider's day, a payroll month);
 * an order's id is looked up whole.
 */
async function chooseRows(
  connection: DuckDBConnection,
  where: { sql: string; params: Parameters<typeof rows>[2] },
  aliasing: WorkerAliasing,
): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_chosen AS
     SELECT row_number() OVER () AS n, clause_id, finding_key, rule, liable, state, platform, district, franchisee,
       worker, day, month, amount, evidence
     FROM f ${where.sql}`,
    where.params,
  );
  const known = ['SELECT worker FROM export_chosen', ...(await datasetWorkersSql(connection))];
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_known AS
     SELECT DISTINCT worker FROM (${known.join(' UNION ALL ')}) k WHERE worker IS NOT NULL`,
  );
  // The workers each finding's key or evidence names: a part of its key, an evidence row id that is one, or a
  // part of an evidence row id of several.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_named AS
     SELECT DISTINCT n, part AS worker FROM (
       SELECT n, unnest(string_split(finding_key, '|')) AS part FROM export_chosen
       UNION ALL SELECT n, unnest(evidence) FROM export_chosen
       UNION ALL SELECT n, unnest(string_split(item, '|')) FROM (
         SELECT n, unnest(list_filter(evidence, e -> contains(e, '|'))) AS item FROM export_chosen)) p
     WHERE part IN (SELECT worker FROM export_known)`,
  );
  const workers = await rows<{ worker: string }>(
    connection,
    `SELECT worker FROM export_named UNION SELECT worker FROM export_chosen WHERE worker IS NOT NULL`,
    [],
  );
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_aliases AS
     SELECT unnest(from_json($1::JSON, '["VARCHAR"]')) AS worker, unnest(from_json($2::JSON, '["VARCHAR"]')) AS alias`,
    [
      JSON.stringify(workers.map((w) => w.worker)),
      JSON.stringify(workers.map((w) => workerAlias(aliasing, w.worker))),
    ],
  );
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_rows AS
     WITH maps AS (
       SELECT n, map(list(a.worker), list(a.alias)) AS aliases
       FROM export_named JOIN export_aliases a USING (worker) GROUP BY n)
     SELECT c.n, c.clause_id,
       CASE WHEN m.aliases IS NULL THEN c.finding_key ELSE ${partsAliased('c.finding_key')} END AS finding_key,
       c.rule, c.liable, c.state, c.platform, c.district, c.franchisee, w.alias AS worker, c.day, c.month, c.amount,
       CASE WHEN m.aliases IS NULL THEN c.evidence ELSE list_transform(c.evidence, e -> ${partsAliased('e')}) END
         AS evidence
     FROM export_chosen c LEFT JOIN maps m USING (n) LEFT JOIN export_aliases w ON w.worker = c.worker`,
  );
}

/** An XLSX workbook of the exported rows: text neutralised against formulas, amounts as numbers where exact. */
async function workbookOf(items: Record<string, string | null>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('findings');
  const names = exported.map(([name]) => name);
  sheet.addRow(names).font = { bold: true };
  const amountAt = names.indexOf('amount') + 1;
  for (const item of items) {
    const amount = amountCell(item.amount ?? null);
    const row = sheet.addRow(
      names.map((name) => {
        if (name === 'amount') return amount.value;
        const value = item[name] ?? null;
        return value === null ? null : neutraliseCell(value);
      }),
    );
    if (amount.numFmt) row.getCell(amountAt).numFmt = amount.numFmt;
  }
  names.forEach((_, i) => (sheet.getColumn(i + 1).width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The findings in scope matching a filter, as CSV (UTF-8 with BOM), XLSX or Parquet, with how many they are: no
 * worker's id in it, each worker by its alias (`chooseRows`); text a spreadsheet would run as a formula
 * neutralised. Where the connection also reads the run's datasets (one view per kind), workers named inside
 * evidence row ids are found there.
 */
export async function exportFindingsFile(
  connection: DuckDBConnection,
  scope: FindingScope,
  filter: FindingFilter,
  format: 'csv' | 'xlsx' | 'parquet',
  aliasing: WorkerAliasing,
): Promise<{ file: Buffer; rows: number }> {
  const where = findingWhere(scope, filter);
  const [counted] = await rows<{ n: string | number }>(
    connection,
    `SELECT count(*)::BIGINT AS n FROM f ${where.sql}`,
    where.params,
  );
  const count = Number(counted?.n ?? 0);
  // A workbook cut short would pass for all the findings: too many are refused, never truncated.
  if (format === 'xlsx' && count > xlsxRowLimit)
    throw errors.validation([
      {
        path: ['format'],
        zh: `共 ${count} 条发现，超过 XLSX 导出上限 ${xlsxRowLimit} 条：请导出 CSV 或 Parquet，或缩小筛选范围`,
        en: `${count} findings exceed the XLSX export limit of ${xlsxRowLimit}: export CSV or Parquet, or narrow the filter`,
      },
    ]);
  const work = format === 'xlsx' ? undefined : await mkdtemp(path.join(tmpdir(), 'gigpact-findings-'));
  try {
    await chooseRows(connection, where, aliasing);
    if (!work) {
      const items = await rows<Record<string, string | null>>(
        connection,
        `SELECT ${exported.map(([name, expr]) => `${expr} AS ${name}`).join(', ')} FROM export_rows ORDER BY clause_id, finding_key, n`,
        [],
      );
      return { file: await workbookOf(items), rows: count };
    }
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
    await connection.run(
      `COPY (SELECT ${columns} FROM export_rows ORDER BY clause_id, finding_key, n) TO '${file.replace(/'/g, "''")}' ${options}`,
    );
    const bytes = await readFile(file);
    return {
      file: format === 'csv' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes,
      rows: count,
    };
  } finally {
    for (const table of ['export_rows', 'export_aliases', 'export_named', 'export_known', 'export_chosen'])
      await connection.run(`DROP TABLE IF EXISTS ${table}`);
    if (work) await rm(work, { recursive: true, force: true });
  }
}

/**
 * A run that holds no findings, because it did not succeed, as a 409 that says why: cancelled, failed, or not
 * finished yet. Undefined for a succeeded run.
 */
export function runWithoutFindings(status: AuditRunStatus): Error | undefined {
  if (status === 'succeeded') return undefined;
  if (status === 'cancelled')
    return errors.conflict({
      zh: '该审计任务已取消，没有审计发现',
      en: 'This audit run was cancelled: it holds no findings',
    });
  if (status === 'failed')
    return errors.conflict({
      zh: '该审计任务执行失败，没有审计发现',
      en: 'This audit run failed: it holds no findings',
    });
  return errors.conflict({
    zh: '该审计任务尚未完成，还没有审计发现',
    en: 'This audit run has not finished yet: it holds no findings so far',
  });
}
