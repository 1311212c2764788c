import type { AppContext } from '../../../app-context';
import { executeAuditRun, type ExecuteOutcome } from './execute-run';
import { auditLeaseMs, leaseExpiredBefore, leaseOwnerGone, newLeaseOwner } from './run-lease';
import { releaseLeasesOfGoneOwners, unfinishedRuns } from './runs.repository';

/** How many finished runs' outcomes an executor keeps for `waitFor`. */
const keptOutcomes = 100;

/**
 * Runs recorded audits one at a time, in the order they were queued, inside the server process, each under this
 * executor's lease. A cancel interrupts the run's DuckDB statement; stopping the server leaves the run `running`
 * with its lease given up, and the next start resumes it from the beginning (same inputs, same hash), as it does
 * a run of a process of this machine that was killed. A run another process executes under a live lease (another
 * server, the command line) is left to it; once its lease expires — that process stopped — the next look for
 * unfinished runs takes it up, and only one process gets it.
 */
export class AuditExecutor {
  /** The name this executor's leases carry. */
  readonly owner = newLeaseOwner();
  private sweep: NodeJS.Timeout | undefined;
  private readonly queue: string[] = [];
  private current: { id: string; controller: AbortController } | undefined;
  private draining: Promise<void> | undefined;
  private stopped = false;
  /** Those waiting on a run's outcome, by run id (tests, the CLI). */
  private readonly waiters = new Map<string, ((outcome: ExecuteOutcome) => void)[]>();
  /**
   * The outcomes of the runs finished last, by run id, for one who asks after the run ended: a run taken up by
   * `resume` may end (skipped: another process took it) before its caller asks.
   */
  private readonly finished = new Map<string, ExecuteOutcome>();

  constructor(
    private readonly ctx: AppContext,
    private readonly leaseMs = auditLeaseMs,
  ) {}

  enqueue(runId: string): void {
    if (this.stopped || this.queue.includes(runId) || this.current?.id === runId) return;
    this.finished.delete(runId);
    this.queue.push(runId);
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
  }

  /**
   * Takes up the runs left queued, or running under an expired lease or one of a process of this machine that no
   * longer runs (killed: it could not give its lease up); returns how many it queued.
   */
  async resume(): Promise<number> {
    // The leases of killed processes first, so that their runs take their turn by when they were started, before
    // runs queued after them.
    await releaseLeasesOfGoneOwners(this.ctx.db, (owner) => leaseOwnerGone(owner));
    const runs = await unfinishedRuns(this.ctx.db, leaseExpiredBefore(this.ctx.now(), this.leaseMs));
    for (const run of runs) this.enqueue(run.id);
    return runs.length;
  }

  /**
   * Looks again for unfinished runs every lease time, so that a run whose process stopped (another server, the
   * command line) is taken up without waiting for this server's next start.
   */
  watchUnfinished(): void {
    if (this.stopped || this.sweep) return;
    this.sweep = setInterval(() => void this.resume().catch(() => undefined), this.leaseMs);
    this.sweep.unref();
  }

  /** Interrupts the run if it is the one running; a queued one is skipped when its turn comes. */
  cancel(runId: string): void {
    if (this.current?.id === runId) this.current.controller.abort('cancel');
  }

  /**
   * Resolves with the run's outcome once the executor has finished it: at once when it finished last time it was
   * queued here, else when it does.
   */
  waitFor(runId: string): Promise<ExecuteOutcome> {
    const ended = this.finished.get(runId);
    if (ended) return Promise.resolve(ended);
    return new Promise((resolve) => this.waiters.set(runId, [...(this.waiters.get(runId) ?? []), resolve]));
  }

  /** Resolves when nothing is queued or running. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweep);
    this.queue.length = 0;
    this.current?.controller.abort('shutdown');
    await this.idle();
  }

  private async drain(): Promise<void> {
    for (let id = this.queue.shift(); id !== undefined; id = this.queue.shift()) {
      const controller = new AbortController();
      this.current = { id, controller };
      let outcome: ExecuteOutcome;
      try {
        outcome = await executeAuditRun(id, {
          db: this.ctx.db,
          dataDir: this.ctx.config.dataDir,
          now: () => this.ctx.now(),
          signal: controller.signal,
          owner: this.owner,
          leaseMs: this.leaseMs,
        });
      } catch (error) {
        outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      this.current = undefined;
      this.finished.set(id, outcome);
      if (this.finished.size > keptOutcomes) this.finished.delete(this.finished.keys().next().value!);
      for (const resolve of this.waiters.get(id) ?? []) resolve(outcome);
      this.waiters.delete(id);
    }
  }
}

const executors = new WeakMap<AppContext, AuditExecutor>();

/** The one executor of an application. */
export function auditExecutorOf(ctx: AppContext): AuditExecutor {
  let executor = executors.get(ctx);
  if (!executor) {
    executor = new AuditExecutor(ctx);
    executors.set(ctx, executor);
  }
  return executor;
}
