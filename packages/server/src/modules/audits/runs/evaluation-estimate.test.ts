import type { AuditRunStage } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import {
  benchmarkMsPerRow,
  EvaluationClock,
  expectedEvaluationMs,
  leastEvaluationMs,
  withElapsedShare,
} from './evaluation-estimate';

describe('expectedEvaluationMs', () => {
  it('scales an earlier evaluation’s time per row to this run’s rows, else the benchmark’s rate', () => {
    expect(expectedEvaluationMs(2_000_000, { ms: 3_000, rows: 1_000_000 })).toBe(6_000);
    expect(expectedEvaluationMs(10_022_160, undefined)).toBeCloseTo(12_360, 6);
    expect(expectedEvaluationMs(10_000_000, { ms: 5, rows: 0 })).toBeCloseTo(
      10_000_000 * benchmarkMsPerRow,
      6,
    );
  });

  it('never expects less than the least time an evaluation takes', () => {
    expect(expectedEvaluationMs(100, { ms: 3_000, rows: 1_000_000 })).toBe(leastEvaluationMs);
    expect(expectedEvaluationMs(0, undefined)).toBe(leastEvaluationMs);
  });
});

describe('withElapsedShare', () => {
  it('shows the share of the expected time that has passed where DuckDB reported less', () => {
    expect(withElapsedShare({ done: 0, total: 200 }, 2_500, 10_000)).toEqual({ done: 50, total: 200 });
    expect(withElapsedShare({ done: 120, total: 200 }, 2_500, 10_000)).toEqual({ done: 120, total: 200 });
  });

  it('never reads as done, however long the stage runs past its expected time', () => {
    expect(withElapsedShare({ done: 0, total: 100 }, 60_000, 10_000)).toEqual({ done: 95, total: 100 });
    expect(withElapsedShare({ done: 0, total: 1 }, 60_000, 10_000)).toEqual({ done: 0, total: 1 });
    expect(withElapsedShare({ done: 0, total: 100 }, -5, 10_000)).toEqual({ done: 0, total: 100 });
  });
});

describe('EvaluationClock', () => {
  const run = () => {
    let now = 0;
    const recorded: { stage: AuditRunStage; done: number; total: number }[] = [];
    const clock = new EvaluationClock(
      (p) => recorded.push(p),
      () => now,
    );
    return { clock, recorded, at: (ms: number) => (now = ms) };
  };

  it('moves the evaluating stage on as its expected time passes, and keeps how long it took', () => {
    const { clock, recorded, at } = run();
    clock.expect(1_000_000, { ms: 4_000, rows: 1_000_000 });
    clock.report({ stage: 'loading', done: 0, total: 1 });
    at(100);
    clock.report({ stage: 'evaluating', done: 0, total: 100 });
    at(1_100);
    clock.tick();
    at(2_100);
    clock.tick();
    clock.tick();
    // DuckDB's own figure, behind the estimate, does not move the bar back.
    clock.report({ stage: 'evaluating', done: 10, total: 100 });
    at(4_600);
    clock.report({ stage: 'summarising', done: 0, total: 1 });
    clock.tick();
    expect(recorded).toEqual([
      { stage: 'loading', done: 0, total: 1 },
      { stage: 'evaluating', done: 0, total: 100 },
      { stage: 'evaluating', done: 25, total: 100 },
      { stage: 'evaluating', done: 50, total: 100 },
      { stage: 'summarising', done: 0, total: 1 },
    ]);
    expect(clock.timing()).toEqual({ ms: 4_500, rows: 1_000_000 });
  });

  it('has no timing for a run that never got past evaluating', () => {
    const { clock, at } = run();
    clock.expect(10, undefined);
    clock.report({ stage: 'evaluating', done: 0, total: 100 });
    at(50);
    expect(clock.timing()).toBeUndefined();
  });
});
