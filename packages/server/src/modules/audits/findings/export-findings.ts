import { createHmac, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { regionTree, type AuditRunStatus } from '@gigpact/contracts';
import { neutraliseCell, neutraliseSql } from '@gigpact/datasets';
import type { Agreement } from '@gigpact/rules';
import type { Config } from '../../../config';
import { xlsxOf, xlsxYieldRows, yieldToEventLoop, type XlsxCell } from '../../../platform/files/export';
import { errors } from '../../../platform/http/errors';
import { findingWhere, rows, sortColumns, type FindingFilter, type FindingOrder } from './findings-store';
import type { FindingScope } from './findings-scope';
import { keyPartsTableSql, rowNameWorkerPartsSql } from './worker-parts';

/**
 * Largest export as XLSX, more than a spreadsheet opens comfortably; it is written row by row (`xlsxOf`), CSV and
 * Parquet by DuckDB, and they have no limit.
 */
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
  // Where the work was done: the districts of its evidence rows (a rider's day has no district of its own).
  ['districts', `array_to_string(districts, ';')`],
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
 * A finding's key or an evidence row's name with the parts at `positions` (SQL of a 1-based list: where workers
 * stand, `worker-parts.ts`) replaced by their aliases (`m.aliases`); the other parts — an order's id, a day — stay.
 */
const partsAliased = (text: string, positions: string) =>
  `array_to_string(list_transform(string_split(${text}, '|'),
     lambda p, i: CASE WHEN list_contains(${positions}, i) THEN coalesce(m.aliases[p], p) ELSE p END), '|')`;

/** The parts at `positions` of a finding's key or an evidence row's name: the workers it names. */
const partsAt = (text: string, positions: string) =>
  `list_filter(string_split(${text}, '|'), lambda p, i: list_contains(${positions}, i))`;

/** Each worker’s alias, a thousand at a time between turns of the event loop. */
async function aliasesOf(aliasing: WorkerAliasing, workers: { worker: string }[]): Promise<string[]> {
  const aliases: string[] = [];
  for (const { worker } of workers) {
    aliases.push(workerAlias(aliasing, worker));
    if (aliases.length % 1_000 === 0) await yieldToEventLoop();
  }
  return aliases;
}

/**
 * Builds `export_rows`: the chosen findings, every worker replaced by its alias — in the worker column, and where
 * a worker's id is a part of the finding's key (a rider's day: the group's worker key) or of an evidence row's
 * name (a payroll row's courier; a driver's own export's driver), found by the shape of each (`worker-parts.ts`),
 * never by what a value looks like: an order whose id happens to equal a worker's stays itself. Other parts
 * (clause, day, order ids) stay, so a finding is found again in the product by its clause and the rest of its key.
 */
async function chooseRows(
  connection: DuckDBConnection,
  where: { sql: string; params: Parameters<typeof rows>[2] },
  aliasing: WorkerAliasing,
  agreement: Agreement,
): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_chosen AS
     SELECT row_number() OVER () AS n, clause_id, finding_key, rule, liable, state, platform, district, districts,
       franchisee, worker, day, month, amount, evidence, dataset
     FROM f ${where.sql}`,
    where.params,
  );
  await connection.run(keyPartsTableSql(agreement));
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_places AS
     SELECT c.n, coalesce(k.parts, ${rowNameWorkerPartsSql('c.dataset', 'c.finding_key')}) AS key_parts
     FROM export_chosen c LEFT JOIN export_key_parts k USING (clause_id)`,
  );
  const evidenceParts = rowNameWorkerPartsSql('c.dataset', 'e');
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_named AS
     SELECT DISTINCT n, worker FROM (
       SELECT c.n, unnest(${partsAt('c.finding_key', 'p.key_parts')}) AS worker
       FROM export_chosen c JOIN export_places p USING (n)
       UNION ALL
       SELECT c.n, unnest(${partsAt('e', evidenceParts)})
       FROM (SELECT n, dataset, unnest(evidence) AS e FROM export_chosen) c) named
     WHERE worker IS NOT NULL`,
  );
  const workers = await rows<{ worker: string }>(
    connection,
    `SELECT worker FROM export_named UNION SELECT worker FROM export_chosen WHERE worker IS NOT NULL`,
    [],
  );
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_aliases AS
     SELECT unnest(from_json($1::JSON, '["VARCHAR"]')) AS worker, unnest(from_json($2::JSON, '["VARCHAR"]')) AS alias`,
    [JSON.stringify(workers.map((w) => w.worker)), JSON.stringify(await aliasesOf(aliasing, workers))],
  );
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_rows AS
     WITH maps AS (
       SELECT n, map(list(a.worker), list(a.alias)) AS aliases
       FROM export_named JOIN export_aliases a USING (worker) GROUP BY n)
     SELECT c.n, c.clause_id,
       CASE WHEN m.aliases IS NULL THEN c.finding_key ELSE ${partsAliased('c.finding_key', 'p.key_parts')} END
         AS finding_key,
       c.rule, c.liable, c.state, c.platform, c.district, c.districts, c.franchisee, w.alias AS worker, c.day,
       c.month, c.amount,
       CASE WHEN m.aliases IS NULL THEN c.evidence
         ELSE list_transform(c.evidence, lambda e: ${partsAliased('e', evidenceParts)}) END
         AS evidence
     FROM export_chosen c JOIN export_places p USING (n) LEFT JOIN maps m USING (n)
       LEFT JOIN export_aliases w ON w.worker = c.worker`,
  );
}

/**
 * The order rows are written in, the findings page's (`sortColumns`) over the columns of `export_rows` as `r` —
 * amounts as decimals, not as the text a file holds them in; workers by their aliases — ties by clause and key.
 */
const orderBy = (order: FindingOrder) =>
  `r.${sortColumns[order.sort]} ${order.order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, r.clause_id, r.finding_key, r.n`;

/** Rows of an XLSX read from DuckDB at a time. */
const xlsxReadRows = 2_000;

/**
 * The rows of an XLSX, in the export's order, `xlsxReadRows` at a time: `export_rows` numbered once in that
 * order (`export_ordered`), then read a batch at a time, so neither DuckDB's answer nor the cells are ever all
 * in memory at once. Text is neutralised against formulas; amounts are numbers where exact (`amountCell`).
 */
async function* xlsxRows(
  connection: DuckDBConnection,
  names: string[],
  order: FindingOrder,
): AsyncGenerator<XlsxCell[][]> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE export_ordered AS
     SELECT row_number() OVER (ORDER BY ${orderBy(order)}) AS i,
       ${exported.map(([name, expr]) => `${expr} AS ${name}`).join(', ')}
     FROM export_rows r`,
  );
  for (let after = 0; ; after += xlsxReadRows) {
    const items = await rows<Record<string, string | null>>(
      connection,
      `SELECT * EXCLUDE (i) FROM export_ordered WHERE i > $1 AND i <= $2 ORDER BY i`,
      [after, after + xlsxReadRows],
    );
    // Cells are made as they are written, a turn's worth of rows at a time.
    for (let at = 0; at < items.length; at += xlsxYieldRows)
      yield items.slice(at, at + xlsxYieldRows).map((item) =>
        names.map((name): XlsxCell => {
          if (name === 'amount') return amountCell(item.amount ?? null);
          const value = item[name] ?? null;
          return value === null ? null : neutraliseCell(value);
        }),
      );
    if (items.length < xlsxReadRows) return;
  }
}

/**
 * The findings in scope matching a filter, in the order of the findings page (`order`: by clause unless another
 * sort is given), as CSV (UTF-8 with BOM), XLSX or Parquet, with how many they are: no
 * worker's id in it, each worker by its alias (`chooseRows`: where the run's agreement, `agreement`, puts workers
 * in finding keys); text a spreadsheet would run as a formula neutralised.
 */
export async function exportFindingsFile(
  connection: DuckDBConnection,
  scope: FindingScope,
  filter: FindingFilter,
  format: 'csv' | 'xlsx' | 'parquet',
  aliasing: WorkerAliasing,
  agreement: Agreement,
  order: FindingOrder = { sort: 'clause', order: 'asc' },
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
    await chooseRows(connection, where, aliasing, agreement);
    if (!work) {
      const names = exported.map(([name]) => name);
      return { file: await xlsxOf('findings', names, xlsxRows(connection, names, order)), rows: count };
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
      `COPY (SELECT ${columns} FROM export_rows r ORDER BY ${orderBy(order)}) TO '${file.replace(/'/g, "''")}' ${options}`,
    );
    const bytes = await readFile(file);
    return {
      file: format === 'csv' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes,
      rows: count,
    };
  } finally {
    for (const table of [
      'export_ordered',
      'export_rows',
      'export_aliases',
      'export_named',
      'export_known',
      'export_chosen',
    ])
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
