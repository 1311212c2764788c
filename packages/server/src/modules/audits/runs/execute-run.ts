import { rm } from 'node:fs/promises';
import type { DataNotice } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { dataNotices, extentOf } from '../engine/data-notices';
import { buildFindingRows, writeFindingsParquet } from '../engine/finding-rows';
import { platformFigures, type PlatformFigures } from '../engine/platform-figures';
import { datasetsNotInDataDir, loadAuditDatasets } from '../engine/load-datasets';
import { AuditCancelled, runAudit, type AuditResult, type AuditRun } from '../engine/run-audit';
import type { AuditRunSummary } from '../schema';
import { carryOverReviews, reviewedKeys } from '../findings/reviews.repository';
import { carriedFindings } from './carried-findings';
import {
  EvaluationClock,
  latestEvaluationTiming,
  type EvaluationTiming,
  type StageProgress,
} from './evaluation-estimate';
import { findingsFile, runDir } from './run-files';
import { auditLeaseMs, leaseExpiredBefore, newLeaseOwner } from './run-lease';
import {
  cancelAbandoned,
  claimRun,
  findRun,
  finishRun,
  latestOfficialRun,
  recordProgress,
  releaseLease,
  renewLease,
} from './runs.repository';

export interface ExecuteOptions {
  db: Database;
  dataDir: string;
  now?: () => Date;
  /**
   * Aborted with reason `shutdown`, the run is left `running` with its lease given up, for the next start to
   * resume.
   */
  signal?: AbortSignal;
  onProgress?: (progress: StageProgress) => void;
  /** Called with the finished DuckDB run before it is closed (the CLI exports from it). */
  beforeClose?: (run: AuditRun) => Promise<void>;
  /**
   * How often a running run renews its lease and looks for a cancellation asked by another process; ms. Well
   * under the lease time.
   */
  cancelPollMs?: number;
  /** The executing process's name on the run's lease (the command line records its run under it already). */
  owner?: string;
  /** How long a lease lasts without a heartbeat; ms. */
  leaseMs?: number;
}

export type ExecuteOutcome =
  | { status: 'succeeded'; result: AuditResult; findings: number }
  | { status: 'failed'; error: string }
  | { status: 'cancelled' }
  | { status: 'interrupted' }
  /** Not taken: finished, cancelled, or executed by another process under a live lease. */
  | { status: 'skipped' }
  /** Taken over by another process after this one's lease expired: nothing more is recorded here. */
  | { status: 'lost' };

/**
 * Runs one recorded audit from the start: datasets → compiled statements in DuckDB → findings with their
 * dimensions written atomically as the run's Parquet → summary and result hash on the run's row, and, when the run
 * stands as the agreement's official audit, the reviews of the findings the previous official run also found
 * carried over in the same transaction. Results are deterministic, so a run resumed after a crash gives the same
 * hash and the same findings.
 */
export async function executeAuditRun(runId: string, options: ExecuteOptions): Promise<ExecuteOutcome> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? newLeaseOwner();
  const expiredBefore = () => leaseExpiredBefore(now(), options.leaseMs ?? auditLeaseMs);
  const stored = await findRun(db, runId);
  if (!stored) return { status: 'skipped' };
  // A cancel asked of a run the process stopped before it saw (a crash between the two): the run ends here.
  if (stored.cancelRequested && (stored.status === 'queued' || stored.status === 'running')) {
    const ended = await cancelAbandoned(db, runId, now(), expiredBefore());
    return { status: ended ? 'cancelled' : 'skipped' };
  }
  // A run over datasets this process's data directory lacks (another directory beside the same database) is left
  // to a process that can read them, not failed.
  if ((await datasetsNotInDataDir(db, options.dataDir, stored.datasetIds)).length > 0)
    return { status: 'skipped' };
  if (!(await claimRun(db, runId, { owner, now: now(), leaseExpiredBefore: expiredBefore() })))
    return { status: 'skipped' };
  const controller = new AbortController();
  const outer = options.signal;
  const abortFromOuter = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', abortFromOuter);
  if (outer?.aborted) controller.abort(outer.reason);
  // The heartbeat: renews the lease, and stops the run when a cancel was asked or the lease was lost.
  const poll = setInterval(() => {
    evaluation.tick();
    void renewLease(db, runId, owner, now())
      .then((held) => held !== 'held' && !controller.signal.aborted && controller.abort(held))
      .catch(() => undefined);
  }, options.cancelPollMs ?? 1000);
  let pending = Promise.resolve();
  const record = (p: StageProgress) => {
    options.onProgress?.(p);
    pending = pending.then(() => recordProgress(db, runId, p, now(), owner).catch(() => undefined));
  };
  const evaluation = new EvaluationClock(record);
  const progress = (p: StageProgress) => evaluation.report(p);
  const finish = async (outcome: Parameters<typeof finishRun>[2]) =>
    finishRun(db, runId, outcome, now(), owner);
  try {
    progress({ stage: 'loading', done: 0, total: stored.datasetIds.length });
    const datasets = await loadAuditDatasets(options.dataDir, stored.datasetIds);
    const rows = datasets.reduce((sum, { manifest }) => sum + manifest.rowsAccepted, 0);
    evaluation.expect(rows, await latestEvaluationTiming(db, stored.agreementId));
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
      const platforms = await platformFigures(
        run.connection,
        stored.agreement,
        run.compiled,
        run.datasetColumns,
      );
      progress({ stage: 'storing', done: 1, total: 1 });
      // The agreement's official audit so far, and which of its reviewed findings this run found again: if this
      // run stands as official in its turn, they keep their review.
      const earlier = await latestOfficialRun(db, stored.agreementId);
      const carried = earlier
        ? await carriedFindings(
            run.connection,
            findingsFile(options.dataDir, earlier.id),
            await reviewedKeys(db, earlier.id),
          )
        : [];
      await options.beforeClose?.(run);
      await pending;
      // A cancel asked while the findings were stored still ends the run cancelled, not succeeded.
      if (controller.signal.aborted) throw new AuditCancelled();
      const recorded = await db.transaction(async (tx) => {
        const finished = await finishRun(
          tx as unknown as Database,
          runId,
          {
            status: 'succeeded',
            resultHash: run.result.result_hash,
            findingsCount: findings,
            summary: summaryOf(
              stored.agreement,
              run.result,
              platforms,
              dataNotices(
                stored.agreement,
                datasets.map(({ manifest }) => extentOf(manifest)),
              ),
              evaluation.timing(),
            ),
          },
          now(),
          owner,
        );
        if (finished?.official && earlier)
          await carryOverReviews(tx as unknown as Database, {
            from: earlier.id,
            to: runId,
            findings: carried,
            now: now(),
          });
        return finished;
      });
      if (!recorded) return { status: 'lost' };
      return { status: 'succeeded', result: run.result, findings };
    } finally {
      run.close();
    }
  } catch (error) {
    await pending;
    if (controller.signal.aborted && controller.signal.reason === 'shutdown') {
      await releaseLease(db, runId, owner).catch(() => undefined);
      return { status: 'interrupted' };
    }
    if (controller.signal.aborted && controller.signal.reason === 'lost') return { status: 'lost' };
    // A run that ends without findings keeps none on disk: a cancel while storing may come after the file was
    // written. A run lost to another process leaves the file to it.
    const withoutFindings = async () =>
      rm(runDir(options.dataDir, runId), { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof AuditCancelled || controller.signal.aborted) {
      if (!(await finish({ status: 'cancelled' }))) return { status: 'lost' };
      await withoutFindings();
      return { status: 'cancelled' };
    }
    const message = error instanceof Error ? error.message : String(error);
    if (!(await finish({ status: 'failed', error: message.slice(0, 2000) }))) return { status: 'lost' };
    await withoutFindings();
    return { status: 'failed', error: message };
  } finally {
    clearInterval(poll);
    outer?.removeEventListener('abort', abortFromOuter);
  }
}

function summaryOf(
  agreement: { title: string; clauses: { id: string; title: string }[] },
  result: AuditResult,
  platforms: PlatformFigures[],
  notices: DataNotice[],
  evaluation: EvaluationTiming | undefined,
): AuditRunSummary {
  const titles = new Map(agreement.clauses.map((c) => [c.id, c.title]));
  return {
    agreement_title: agreement.title,
    engine_version: result.engine_version,
    datasets: result.datasets,
    clauses: result.clauses.map((c) => ({ ...c, title: titles.get(c.clause_id) ?? c.clause_id })),
    metrics: result.metrics,
    platforms,
    notices,
    ...(evaluation ? { evaluation } : {}),
  };
}
