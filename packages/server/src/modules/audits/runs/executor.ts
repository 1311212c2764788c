import type { AppContext } from '../../../app-context';
import { executeAuditRun, type ExecuteOutcome } from './execute-run';
import { unfinishedRuns } from './runs.repository';

/**
 * Runs recorded audits one at a time, in the order they were queued, inside the server process. A cancel
 * interrupts the run's DuckDB statement; stopping the server leaves the run `running`, and the next start
 * resumes it from the beginning (same inputs, same hash).
 */
export class AuditExecutor {
  private readonly queue: string[] = [];
  private current: { id: string; controller: AbortController } | undefined;
  private draining: Promise<void> | undefined;
  private stopped = false;
  /** Outcomes by run id, for whoever waits on a run (tests, the CLI). */
  private readonly waiters = new Map<string, ((outcome: ExecuteOutcome) => void)[]>();

  constructor(private readonly ctx: AppContext) {}

  enqueue(runId: string): void {
    if (this.stopped || this.queue.includes(runId) || this.current?.id === runId) return;
    this.queue.push(runId);
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
  }

  /** Takes up the runs a previous process left queued or running. */
  async resume(): Promise<number> {
    const runs = await unfinishedRuns(this.ctx.db);
    for (const run of runs) this.enqueue(run.id);
    return runs.length;
  }

  /** Interrupts the run if it is the one running; a queued one is skipped when its turn comes. */
  cancel(runId: string): void {
    if (this.current?.id === runId) this.current.controller.abort('cancel');
  }

  /** Resolves with the run's outcome once the executor has finished it. */
  waitFor(runId: string): Promise<ExecuteOutcome> {
    return new Promise((resolve) => this.waiters.set(runId, [...(this.waiters.get(runId) ?? []), resolve]));
  }

  /** Resolves when nothing is queued or running. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async stop(): Promise<void> {
    this.stopped = true;
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
        });
      } catch (error) {
        outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      this.current = undefined;
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
