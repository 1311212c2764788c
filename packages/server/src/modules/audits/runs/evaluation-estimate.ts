import type { AuditRunStage } from '@gigpact/contracts';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { auditRuns } from '../schema';
import { latestFirst } from './runs.repository';

/**
 * How far a run's evaluation has got while DuckDB cannot say. DuckDB reports a statement's progress only while
 * every pipeline's source can (a scan of a table or file); the audit statement's sorts, windows and stored
 * relations cannot, so its progress stays at 0 until the statement ends. The evaluating stage therefore also
 * shows the share of the time it is expected to take that has passed: expected from what the last evaluation on
 * this database took per row of data (of the same agreement where there is one), else from the benchmark's rate.
 */

/** A run's stage and how far it has got in it, as recorded on the run. */
export type StageProgress = { stage: AuditRunStage; done: number; total: number };

/** A run's evaluation as its summary keeps it: how long the compiled statements took over how many rows. */
export interface EvaluationTiming {
  ms: number;
  rows: number;
}

/**
 * The benchmark's rate on the reference two-core machine with a slow sort (ADR 12, twenty-first round: the whole
 * food-delivery agreement's statement over 10,022,160 orders in 12.36 s), and the least time any evaluation takes
 * (compiling, opening the files: the audit tests' week of 10,945 orders took 107–562 ms).
 */
export const benchmarkMsPerRow = 12_360 / 10_022_160;
export const leastEvaluationMs = 500;

/** The share of an expected time shown at most before the stage ends: an estimate never reads as done. */
const mostEstimated = 0.95;

/** The time the evaluation of `rows` rows is expected to take, from an earlier evaluation's rate or the benchmark's. */
export function expectedEvaluationMs(rows: number, earlier: EvaluationTiming | undefined): number {
  const perRow = earlier && earlier.rows > 0 ? earlier.ms / earlier.rows : benchmarkMsPerRow;
  return Math.max(leastEvaluationMs, rows * perRow);
}

/**
 * The evaluating stage's progress (`done` of `total`) with the share of the expected time that has passed, where
 * that is further than what DuckDB reported; never the whole stage.
 */
export function withElapsedShare(
  progress: { done: number; total: number },
  elapsedMs: number,
  expectedMs: number,
): { done: number; total: number } {
  const share = Math.min(mostEstimated, Math.max(0, elapsedMs) / Math.max(1, expectedMs));
  const estimated = Math.min(progress.total - 1, Math.floor(share * progress.total));
  return { done: Math.max(progress.done, estimated), total: progress.total };
}

/**
 * The latest evaluation recorded on this database, of the agreement's own runs where it has one: its time and
 * rows, from a succeeded run's summary.
 */
export async function latestEvaluationTiming(
  db: Database,
  agreementId: string,
): Promise<EvaluationTiming | undefined> {
  const timed = and(eq(auditRuns.status, 'succeeded'), isNotNull(sql`${auditRuns.summary} -> 'evaluation'`));
  for (const where of [and(timed, eq(auditRuns.agreementId, agreementId)), timed]) {
    const [row] = await db
      .select({ summary: auditRuns.summary })
      .from(auditRuns)
      .where(where)
      .orderBy(...latestFirst)
      .limit(1);
    const evaluation = row?.summary?.evaluation;
    if (evaluation) return evaluation;
  }
  return undefined;
}

/**
 * The evaluating stage's progress as recorded: DuckDB's, or the share of the expected time that has passed where
 * that is further (`withElapsedShare`), re-reported as time passes; and how long the stage took, for the next run.
 */
export class EvaluationClock {
  private expectedMs: number | undefined;
  private rows = 0;
  private startedAt: number | undefined;
  private endedAt: number | undefined;
  private current: StageProgress | undefined;

  constructor(
    private readonly record: (p: StageProgress) => void,
    /** Milliseconds from any fixed instant. */
    private readonly clock: () => number = () => performance.now(),
  ) {}

  expect(rows: number, earlier: EvaluationTiming | undefined): void {
    this.rows = rows;
    this.expectedMs = expectedEvaluationMs(rows, earlier);
  }

  report(p: StageProgress): void {
    if (p.stage === 'evaluating') this.startedAt ??= this.clock();
    else if (this.startedAt !== undefined) this.endedAt ??= this.clock();
    const shown = this.estimated(p);
    if (p.stage === this.current?.stage && shown.done <= this.current.done && p.total === this.current.total)
      return;
    this.current = shown;
    this.record(shown);
  }

  /** Reports the evaluating stage again as its expected time passes. */
  tick(): void {
    if (this.current?.stage === 'evaluating') this.report(this.current);
  }

  timing(): EvaluationTiming | undefined {
    if (this.startedAt === undefined || this.endedAt === undefined) return undefined;
    return { ms: Math.round(this.endedAt - this.startedAt), rows: this.rows };
  }

  private estimated(p: StageProgress) {
    if (p.stage !== 'evaluating' || this.expectedMs === undefined || this.startedAt === undefined) return p;
    return { stage: p.stage, ...withElapsedShare(p, this.clock() - this.startedAt, this.expectedMs) };
  }
}
