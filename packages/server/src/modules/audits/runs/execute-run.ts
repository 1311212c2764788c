import type { AuditRunStage } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { buildFindingRows, writeFindingsParquet } from '../engine/finding-rows';
import { loadAuditDatasets } from '../engine/load-datasets';
import { AuditCancelled, runAudit, type AuditResult, type AuditRun } from '../engine/run-audit';
import type { AuditRunSummary } from '../schema';
import { findingsFile } from './run-files';
import { findRun, finishRun, markRunning, recordProgress } from './runs.repository';

export interface ExecuteOptions {
  db: Database;
  dataDir: string;
  now?: () => Date;
  /** Aborted with reason `shutdown`, the run is left `running` for the next start to resume. */
  signal?: AbortSignal;
  onProgress?: (progress: { stage: AuditRunStage; done: number; total: number }) => void;
  /** Called with the finished DuckDB run before it is closed (the CLI exports from it). */
  beforeClose?: (run: AuditRun) => Promise<void>;
  /** How often a running run looks for a cancellation asked by another process; ms. */
  cancelPollMs?: number;
}

export type ExecuteOutcome =
  | { status: 'succeeded'; result: AuditResult; findings: number }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' }
  | { status: 'interrupted' }
  | { status: 'skipped' };

/**
 * Runs one recorded audit from the start: datasets → compiled statements in DuckDB → findings with their
 * dimensions written atomically as the run's Parquet → summary and result hash on the run's row. Results are
 * deterministic, so a run resumed after a crash gives the same hash and the same findings.
 */
export async function executeAuditRun(runId: string, options: ExecuteOptions): Promise<ExecuteOutcome> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const stored = await findRun(db, runId);
  if (!stored) return { status: 'skipped' };
  // A cancel asked of a run the process stopped before it saw (a crash between the two): the run ends here.
  if (stored.cancelRequested && (stored.status === 'queued' || stored.status === 'running')) {
    await finishRun(db, runId, { status: 'cancelled' }, now());
    return { status: 'cancelled' };
  }
  if (!(await markRunning(db, runId, now()))) return { status: 'skipped' };
  const controller = new AbortController();
  const outer = options.signal;
  const abortFromOuter = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', abortFromOuter);
  if (outer?.aborted) controller.abort(outer.reason);
  const poll = setInterval(() => {
    void findRun(db, runId)
      .then((r) => r?.cancelRequested && controller.abort('cancel'))
      .catch(() => undefined);
  }, options.cancelPollMs ?? 1000);
  let pending = Promise.resolve();
  const progress = (p: { stage: AuditRunStage; done: number; total: number }) => {
    options.onProgress?.(p);
    pending = pending.then(() => recordProgress(db, runId, p, now()).catch(() => undefined));
  };
  try {
    progress({ stage: 'loading', done: 0, total: stored.datasetIds.length });
    const datasets = await loadAuditDatasets(options.dataDir, stored.datasetIds);
    const run = await runAudit({
      agreement: stored.agreement,
      datasets,
      asOf: stored.asOf,
      signal: controller.signal,
      onProgress: progress,
    });
    try {
      progress({ stage: 'storing', done: 0, total: 1 });
      await buildFindingRows(run.connection, run.compiled, run.datasetColumns);
      if (controller.signal.aborted) throw new AuditCancelled();
      const findings = await writeFindingsParquet(run.connection, findingsFile(options.dataDir, runId));
      progress({ stage: 'storing', done: 1, total: 1 });
      await options.beforeClose?.(run);
      await pending;
      await finishRun(
        db,
        runId,
        {
          status: 'succeeded',
          resultHash: run.result.result_hash,
          findingsCount: findings,
          summary: summaryOf(stored.agreement, run.result),
        },
        now(),
      );
      return { status: 'succeeded', result: run.result, findings };
    } finally {
      run.close();
    }
  } catch (error) {
    await pending;
    if (controller.signal.aborted && controller.signal.reason === 'shutdown')
      return { status: 'interrupted' };
    if (error instanceof AuditCancelled || controller.signal.aborted) {
      await finishRun(db, runId, { status: 'cancelled' }, now());
      return { status: 'cancelled' };
    }
    const message = error instanceof Error ? error.message : String(error);
    await finishRun(db, runId, { status: 'failed', error: message.slice(0, 2000) }, now());
    return { status: 'failed', error: message };
  } finally {
    clearInterval(poll);
    outer?.removeEventListener('abort', abortFromOuter);
  }
}

function summaryOf(
  agreement: { title: string; clauses: { id: string; title: string }[] },
  result: AuditResult,
): AuditRunSummary {
  const titles = new Map(agreement.clauses.map((c) => [c.id, c.title]));
  return {
    agreement_title: agreement.title,
    engine_version: result.engine_version,
    datasets: result.datasets,
    clauses: result.clauses.map((c) => ({ ...c, title: titles.get(c.clause_id) ?? c.clause_id })),
    metrics: result.metrics,
  };
}
