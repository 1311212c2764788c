import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import {
  compileAgreement,
  duckDbThreads,
  withWorkerOrderFallback,
  type Agreement,
  type ClauseStatus,
} from '@gigpact/rules';
import { computeMetrics, type MetricRow } from './metrics';
import { auditEngineVersion, resultHash } from './result-hash';
import { whileReporting } from './statement-progress';
import { supersedeRepeatedRows, type SupersededRows } from './superseded-rows';
import {
  createDatasetViews,
  createFranchiseeBrands,
  idSharedByPlatforms,
  payrollFranchisees,
  rowInTwoDatasets,
  type AuditDataset,
} from './views';

export interface ClauseSummary {
  clause_id: string;
  rule: string | null;
  status: 'applicable' | 'not_applicable' | 'text_only';
  missing: string[];
  /** The dataset the clause reads when the audit was given none of it (its columns are then all `missing`). */
  missing_dataset?: DatasetKind;
  /** Rows (groups, for grouped rules) in the clause's scope and period whose needed values were all present. */
  checked: number;
  /** Rows (groups) in scope left unchecked because a needed value was empty. */
  unchecked: number;
  violations: number;
  /** Sum of the findings' amounts, exact; "0" when the rule has none. */
  amount: string;
}

export interface AuditResult {
  agreement_id: string;
  result_hash: string;
  as_of: string;
  engine_version: string;
  /**
   * Each dataset with its rows audited and those its ingest refused or skipped (never audited), and the currency
   * its money is in (ISO 4217, as its manifest says: `CNY`, `USD` for the NYC and Chicago exports).
   */
  datasets: {
    id: string;
    kind: DatasetKind;
    rows: number;
    rows_rejected: number;
    rows_skipped: number;
    currency: string;
  }[];
  clauses: ClauseSummary[];
  metrics: Record<string, MetricRow[]>;
}

/**
 * A stage of a run and how far it got: `done` of `total` datasets or steps; while evaluating, hundredths of the
 * statements (a statement's own progress as DuckDB reports it, every quarter second); while summarising,
 * hundredths of the metrics' statements, the same way.
 */
export interface AuditProgress {
  stage: 'loading' | 'evaluating' | 'summarising';
  done: number;
  total: number;
}

export class AuditCancelled extends Error {
  constructor() {
    super('审计已取消 / the audit was cancelled');
  }
}

export interface AuditRun {
  result: AuditResult;
  /** The connection holding the `findings` table (clause_id, finding_key, evidence, amount, computed). */
  connection: DuckDBConnection;
  /** Each clause's status and, when it applies, its plan (for explaining and enriching findings). */
  compiled: ClauseStatus[];
  /** The columns each dataset kind offers. */
  datasetColumns: Partial<Record<DatasetKind, string[]>>;
  /** Rows read from a later dataset than another that holds them too (only with `repeatedRows: 'latest'`). */
  superseded: SupersededRows[];
  close(): void;
}

/**
 * Runs every clause of an agreement over the datasets in DuckDB: one compiled statement per dataset, the findings
 * kept in DuckDB (they may be millions) and summarised per clause there. The caller exports or stores the
 * findings from `connection`, then closes the run.
 */
export async function runAudit(input: {
  agreement: Agreement;
  datasets: readonly AuditDataset[];
  asOf: string;
  /** Aborting interrupts the statement running and ends the run with AuditCancelled. */
  signal?: AbortSignal;
  /**
   * What a row that two of the datasets hold does: stop the run, naming it (`refuse`, the default: a user chose
   * these datasets), or be read from the latest ingested of them alone (`latest`: an analysis over the whole
   * catalogue, where a platform's corrected export stands beside the first one).
   */
  repeatedRows?: 'refuse' | 'latest';
  /**
   * Called once the datasets' views stand and before any clause reads them, with the columns each kind offers: the
   * caller may put a view of its own in place of one (the sandbox's pay under a proposed pay formula).
   */
  redefineViews?: (
    connection: DuckDBConnection,
    datasetColumns: Partial<Record<DatasetKind, string[]>>,
  ) => Promise<void>;
  onProgress?: (progress: AuditProgress) => void;
}): Promise<AuditRun> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const close = () => {
    input.signal?.removeEventListener('abort', interrupt);
    connection.closeSync();
    instance.closeSync();
  };
  const interrupt = () => connection.interrupt();
  // DuckDB tracks a statement's progress only with its progress bar on (never printed here).
  await connection.run(`SET enable_progress_bar = true; SET enable_progress_bar_print = false`);
  input.signal?.addEventListener('abort', interrupt);
  const checkpoint = (progress: AuditProgress) => {
    if (input.signal?.aborted) throw new AuditCancelled();
    input.onProgress?.(progress);
  };
  try {
    checkpoint({ stage: 'loading', done: 0, total: input.datasets.length });
    const datasetColumns = await createDatasetViews(connection, input.datasets);
    // A worker timeline in as many parts as DuckDB has threads, each part's streaming pass on its own core.
    const timelineParts = await duckDbThreads(connection);
    const superseded =
      input.repeatedRows === 'latest' ? await supersedeRepeatedRows(connection, input.datasets) : [];
    await input.redefineViews?.(connection, datasetColumns);
    const kinds = input.repeatedRows === 'latest' ? [] : (Object.keys(datasetColumns) as DatasetKind[]);
    for (const kind of kinds) {
      const twice = await rowInTwoDatasets(connection, input.agreement, kind, input.datasets);
      if (twice)
        throw new Error(
          `${kind} 中 ${twice.key} 同时出现在 ${twice.files.join('、')} 中：同一行会被核查两次、发现重复；请只给出其中一个数据集，或给出不重叠的数据 / ${kind}: ${twice.key} is in both ${twice.files.join(' and ')}: the row would be checked twice and its findings doubled; give one of these datasets, or data that does not overlap`,
        );
    }
    await createFranchiseeBrands(connection, input.datasets, datasetColumns);
    const franchisees = await payrollFranchisees(connection, input.agreement, datasetColumns, input.datasets);
    const compileWith = (exactWorkerOrder: boolean) =>
      compileAgreement(input.agreement, {
        dialect: 'duckdb',
        datasetColumns,
        asOf: input.asOf,
        exactWorkerOrder,
        timelineParts,
        payrollFranchisees: franchisees,
      });
    const compiled = compileWith(false);
    await connection.run(
      `CREATE TABLE findings (clause_id VARCHAR, finding_key VARCHAR, evidence VARCHAR[], amount DECIMAL(38, 10), computed VARCHAR)`,
    );
    const scope = new Map<string, { inScope: number; unchecked: number }>();
    const total = compiled.queries.length;
    for (const [done, query] of compiled.queries.entries()) {
      checkpoint({ stage: 'evaluating', done: done * 100, total: total * 100 });
      const shared = await idSharedByPlatforms(
        connection,
        input.agreement,
        query.dataset,
        datasetColumns[query.dataset] ?? [],
        input.datasets.flatMap((d) => (d.manifest.kind === query.dataset ? d.manifest.platforms : [])),
      );
      if (shared)
        throw new Error(
          `${query.dataset} 中编号 ${shared.id} 同时属于 ${shared.platforms.join('、')}：编号只在平台内唯一，发现无法区分；请按平台分别审计 / ${query.dataset}: id ${shared.id} belongs to ${shared.platforms.join(' and ')}: ids are unique within a platform only and the findings could not be told apart; audit each platform's data on its own`,
        );
      // Findings and clause summary from one evaluation of the verdicts, split afterwards; in the exact worker
      // order only when two workers' ids hash alike.
      await withWorkerOrderFallback(async (exact) => {
        const statement = exact ? compileWith(true).queries[done]!.audit : query.audit;
        await whileReporting(connection, (percent) =>
          input.onProgress?.({ stage: 'evaluating', done: done * 100 + percent, total: total * 100 }),
        )(() =>
          connection.run(`CREATE TEMP TABLE clause_results AS ${statement.sql}`, statement.params as never),
        );
      });
      await connection.run(
        // An amount owed is money: kept, as canonical data keeps money, to four places (half away from zero).
        `INSERT INTO findings SELECT clause_id, finding_key, evidence, round(amount, 4), CAST(computed AS VARCHAR) FROM clause_results WHERE in_scope IS NULL`,
      );
      const reader = await connection.run(
        `SELECT clause_id, in_scope, unchecked FROM clause_results WHERE in_scope IS NOT NULL`,
      );
      for (const row of (await reader.getRowObjectsJson()) as Record<string, unknown>[]) {
        scope.set(String(row.clause_id), {
          inScope: Number(row.in_scope ?? 0),
          unchecked: Number(row.unchecked ?? 0),
        });
      }
      await connection.run(`DROP TABLE clause_results`);
    }
    // The clauses' summary takes no time; the stage's hundredths are the metrics' statements.
    checkpoint({ stage: 'summarising', done: 0, total: 100 });
    const clauses = await summarise(connection, input.agreement, compiled.clauses, scope);
    const datasets = input.datasets.map((d) => ({
      id: d.manifest.datasetId,
      kind: d.manifest.kind,
      rows: d.manifest.rowsAccepted,
      rows_rejected: d.manifest.rowsRejected,
      rows_skipped: d.manifest.rowsSkipped,
      currency: d.manifest.currency,
    }));
    const result: AuditResult = {
      agreement_id: input.agreement.id,
      result_hash: resultHash({
        agreement: input.agreement,
        datasetIds: datasets.map((d) => d.id),
        asOf: input.asOf,
      }),
      as_of: input.asOf,
      engine_version: auditEngineVersion,
      datasets,
      clauses,
      metrics: await computeMetrics(
        connection,
        datasetColumns,
        input.agreement,
        currenciesOf(input.datasets),
        input.asOf,
        (done, total) =>
          input.onProgress?.({ stage: 'summarising', done: Math.floor((done * 100) / total), total: 100 }),
      ),
    };
    checkpoint({ stage: 'summarising', done: 100, total: 100 });
    return { result, connection, close, compiled: compiled.clauses, datasetColumns, superseded };
  } catch (error) {
    close();
    if (input.signal?.aborted) throw new AuditCancelled();
    throw error;
  }
}

async function summarise(
  connection: DuckDBConnection,
  agreement: Agreement,
  statuses: readonly ClauseStatus[],
  scope: ReadonlyMap<string, { inScope: number; unchecked: number }>,
): Promise<ClauseSummary[]> {
  const reader = await connection.run(
    `SELECT clause_id, count(*)::BIGINT AS violations, CAST(coalesce(sum(amount), 0) AS VARCHAR) AS amount
     FROM findings GROUP BY clause_id`,
  );
  const totals = new Map(
    (
      (await reader.getRowObjectsJson()) as {
        clause_id: string;
        violations: string | number;
        amount: string;
      }[]
    ).map((r) => [r.clause_id, r]),
  );
  const summaries: ClauseSummary[] = [];
  for (const status of statuses) {
    const clause = agreement.clauses.find((c) => c.id === status.clauseId);
    const rule = status.status === 'text_only' ? null : status.ruleId;
    if (status.status !== 'applicable') {
      summaries.push({
        clause_id: status.clauseId,
        rule: rule ?? clause?.rule ?? null,
        status: status.status === 'text_only' ? 'text_only' : 'not_applicable',
        missing: status.status === 'not_applicable' ? status.missingColumns : [],
        ...(status.status === 'not_applicable' && status.datasetMissing
          ? { missing_dataset: status.dataset }
          : {}),
        checked: 0,
        unchecked: 0,
        violations: 0,
        amount: '0',
      });
      continue;
    }
    const total = totals.get(status.clauseId);
    const counted = scope.get(status.clauseId) ?? { inScope: 0, unchecked: 0 };
    summaries.push({
      clause_id: status.clauseId,
      rule,
      status: 'applicable',
      missing: [],
      checked: counted.inScope - counted.unchecked,
      unchecked: counted.unchecked,
      violations: Number(total?.violations ?? 0),
      amount: total ? normaliseDecimal(total.amount) : '0',
    });
  }
  return summaries;
}

function normaliseDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const trimmed = text.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** The currencies each kind's datasets keep their money in, as their manifests say. */
function currenciesOf(datasets: readonly AuditDataset[]): Partial<Record<DatasetKind, string[]>> {
  const currencies: Partial<Record<DatasetKind, string[]>> = {};
  for (const { manifest } of datasets) (currencies[manifest.kind] ??= []).push(manifest.currency);
  return currencies;
}
