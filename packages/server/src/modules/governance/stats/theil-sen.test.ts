import { describe, expect, it } from 'vitest';
import { theilSenLine } from './theil-sen';

/** Reproducible uniform numbers in [0, 1). */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The line and interval by sorting every pair slope, as the method reads: ranks from 1, medians interpolated. */
function bySorting(x: number[], y: number[]) {
  const slopes: number[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) if (x[i] !== x[j]) slopes.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const h = (sorted.length - 1) / 2;
    const lo = sorted[Math.floor(h)]!;
    return lo + (sorted[Math.ceil(h)]! - lo) * (h - Math.floor(h));
  };
  slopes.sort((a, b) => a - b);
  const n = x.length;
  const c = 1.959963984540054 * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const lower = Math.floor((slopes.length - c) / 2);
  const upper = Math.ceil((slopes.length + c) / 2) + 1;
  const slope = median(slopes);
  return {
    slope,
    intercept: median(x.map((xi, i) => y[i]! - slope * xi)),
    lower,
    upper,
    interval: { lo: slopes[lower - 1]!, hi: slopes[upper - 1]! },
  };
}

/** Orders as the simulator draws them: 0.5–5 km, whole metres. */
const distances = (n: number, rnd: () => number) =>
  Array.from({ length: n }, () => (500 + Math.floor(rnd() * 4500)) / 1000);

describe('Sen’s interval of a Theil–Sen slope', () => {
  it('is the pair slopes of ranks ⌊(N − C) / 2⌋ and ⌈(N + C) / 2⌉ + 1, the line the median of them', () => {
    for (const [n, seed] of [
      [6, 1],
      [7, 2],
      [40, 3],
      [301, 4],
      [800, 5],
    ] as const) {
      const rnd = uniform(seed);
      // Whole hundreds of metres: many orders share a distance, whose pairs have no slope.
      const x = Array.from({ length: n }, () => Math.floor(rnd() * 30) / 10);
      const y = x.map((xi) => 11 + 4 * xi + Math.floor(rnd() * 10));
      const fit = theilSenLine(x, y);
      const sorted = bySorting(x, y);
      expect(fit).toEqual({ slope: sorted.slope, intercept: sorted.intercept, n, interval: sorted.interval });
    }
  });

  it('counts the ranks as written: 6 points of distinct x give the 2nd and 14th of 15 slopes', () => {
    // C = 1.96 × √(6 · 5 · 17 / 18) = 10.43: ⌊(15 − 10.43) / 2⌋ = 2, ⌈(15 + 10.43) / 2⌉ + 1 = 14.
    const x = [1, 2, 3, 4, 5, 6];
    const y = [0, 10, 3, 40, 11, 7];
    expect(bySorting(x, y)).toMatchObject({ lower: 2, upper: 14 });
    expect(theilSenLine(x, y).interval).toEqual(bySorting(x, y).interval);
  });

  it('holds 0 for pay that does not depend on distance', () => {
    // Pay drawn at 10–18 CNY whatever the distance.
    const rnd = uniform(7);
    const km = distances(2500, rnd);
    const pay = km.map(() => (1000 + Math.floor(rnd() * 800)) / 100);
    const { slope, interval } = theilSenLine(km, pay);
    expect(interval.lo!).toBeLessThan(0);
    expect(interval.hi!).toBeGreaterThan(0);
    expect(interval.lo!).toBeLessThanOrEqual(slope!);
    expect(slope!).toBeLessThanOrEqual(interval.hi!);
  });

  it('holds a known slope, away from 0, and narrows with more points', () => {
    // Allowed minutes as the simulator sets them: 4 minutes per km on top of 11, plus a whole 0–9 minutes.
    const line = (n: number, seed: number) => {
      const rnd = uniform(seed);
      const km = distances(n, rnd);
      return theilSenLine(
        km,
        km.map((d) => Math.ceil((360 + 240 * d) / 60) + Math.floor(rnd() * 10)),
      );
    };
    const few = line(300, 3);
    const many = line(2500, 3);
    for (const fit of [few, many]) {
      expect(fit.interval.lo!).toBeGreaterThan(0);
      expect(fit.interval.lo!).toBeLessThanOrEqual(4);
      expect(fit.interval.hi!).toBeGreaterThanOrEqual(4);
    }
    expect(many.interval.hi! - many.interval.lo!).toBeLessThan((few.interval.hi! - few.interval.lo!) / 2);
  });

  it('holds the true slope in about 95 % of samples', () => {
    // 400 samples of 60 points, y = 1 + 2x + noise: the interval misses 2 about 20 times.
    let held = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = uniform(seed * 7919);
      const x = Array.from({ length: 60 }, () => rnd() * 10);
      const noise = () => rnd() + rnd() + rnd() - 1.5;
      const { interval } = theilSenLine(
        x,
        x.map((xi) => 1 + 2 * xi + noise()),
      );
      if (interval.lo! <= 2 && 2 <= interval.hi!) held++;
    }
    expect(held / 400).toBeGreaterThan(0.92);
    expect(held / 400).toBeLessThan(0.98);
  });

  it('gives no interval where the pairs cannot bound the slope at 95 %, and no line without a pair', () => {
    // Five points: C = 8.0015 of 10 pairs, the lower rank ⌊0.9993⌋ = 0 is not a slope.
    expect(theilSenLine([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]).interval).toEqual({ lo: null, hi: null });
    expect(theilSenLine([1, 2, 3, 4, 5], [1, 3, 2, 5, 4]).slope).toBe(0.875);
    // Many points, but all at two distances: too few pairs for the points' C.
    const x = [...Array.from({ length: 20 }, () => 1), 2];
    expect(
      theilSenLine(
        x,
        x.map((xi, i) => xi + i),
      ).interval,
    ).toEqual({ lo: null, hi: null });
    expect(theilSenLine([2, 2, 2], [1, 2, 3])).toEqual({
      slope: null,
      intercept: null,
      n: 3,
      interval: { lo: null, hi: null },
    });
  });
});
