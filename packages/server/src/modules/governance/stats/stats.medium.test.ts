import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, contrast, countedUnitsSql } from './bootstrap';
import { beforeAfter, differenceInDifferences } from './contrasts';
import { duckRows, openDuck, type Duck } from './duck';
import { inverseQuantileSql } from './inverse-quantile';
import { searchQuantiles, writeWindows } from './replicate-quantiles';
import { theilSen } from './theil-sen';

let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());
const run = (sql: string) => duck.connection.run(sql);

/** The smallest value (of units sorted by value) whose cumulative weight reaches half the total; null for none. */
function lowerMedian<T extends { value: number }>(sorted: T[], weight: (unit: T) => number): number | null {
  const total = sorted.reduce((sum, u) => sum + weight(u), 0);
  let cum = 0;
  for (const u of sorted) {
    cum += weight(u);
    if (total > 0 && cum >= 0.5 * total) return u.value;
  }
  return null;
}

/** The percentile of DuckDB's quantile_cont: linear between the two values around position (n − 1) · p. */
function percentile(values: (number | null)[], p: number): number {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

describe('cluster bootstrap in DuckDB', () => {
  it('estimates a ratio per group exactly as counted by hand', async () => {
    // Worker a: 1 late of 4; b: 3 of 4 (before). After: a 0 of 2, b 1 of 2. By hand: before 4/8, after 1/4.
    await run(`CREATE OR REPLACE TABLE u1 AS SELECT * FROM (VALUES
      ('before','a',1,4),('before','b',3,4),('after','a',0,2),('after','b',1,2)) t(period, cluster, num, den)`);
    const rows = await bootstrap(duck.connection, {
      units: 'u1',
      groups: ['period'],
      estimator: { type: 'ratio' },
      replicates: 200,
      seed: 7,
      repsTable: 'r1',
    });
    const byPeriod = Object.fromEntries(rows.map((r) => [r.groups.period, r]));
    expect(byPeriod.before).toMatchObject({ estimate: 0.5, clusters: 2, units: 2 });
    expect(byPeriod.after).toMatchObject({ estimate: 0.25, clusters: 2 });
    // With two workers the replicates can only be a's rate, b's rate or a mix: within [0.25, 0.75] before.
    expect(byPeriod.before!.lo).toBeGreaterThanOrEqual(0.25);
    expect(byPeriod.before!.hi).toBeLessThanOrEqual(0.75);
    const change = await contrast(duck.connection, 'r1', beforeAfter(), rows);
    expect(change.estimate).toBeCloseTo(-0.25, 12);
  });

  it('gives a zero-width interval when every worker has the same rate, and the same interval for the same seed', async () => {
    await run(`CREATE OR REPLACE TABLE u2 AS
      SELECT 'all' AS g, 'w' || i AS cluster, 1 AS num, 5 AS den FROM range(30) r(i)`);
    const spec = {
      units: 'u2',
      groups: ['g'],
      estimator: { type: 'ratio' as const },
      replicates: 100,
      seed: 3,
      repsTable: 'r2',
    };
    const [same] = await bootstrap(duck.connection, spec);
    expect(same).toMatchObject({ estimate: 0.2, lo: 0.2, hi: 0.2, clusters: 30 });
    await run(`CREATE OR REPLACE TABLE u3 AS
      SELECT 'all' AS g, 'w' || i AS cluster, (i % 3)::DOUBLE AS num, 1 AS den FROM range(60) r(i)`);
    const first = await bootstrap(duck.connection, { ...spec, units: 'u3', repsTable: 'r3' });
    const again = await bootstrap(duck.connection, { ...spec, units: 'u3', repsTable: 'r3' });
    const other = await bootstrap(duck.connection, { ...spec, units: 'u3', repsTable: 'r3', seed: 4 });
    expect(again).toEqual(first);
    expect(other[0]!.lo).not.toBe(first[0]!.lo);
  });

  it('has a standard error close to s/√n for the mean of independent workers', async () => {
    // Values 0..9 repeated over 400 workers: sd (population) = √8.25 ≈ 2.872, s/√n ≈ 0.1436.
    await run(`CREATE OR REPLACE TABLE u4 AS
      SELECT 'all' AS g, 'w' || i AS cluster, (i % 10)::DOUBLE AS num, 1 AS den FROM range(400) r(i)`);
    const [mean] = await bootstrap(duck.connection, {
      units: 'u4',
      groups: ['g'],
      estimator: { type: 'ratio' },
      replicates: 400,
      seed: 11,
      repsTable: 'r4',
    });
    expect(mean!.estimate).toBeCloseTo(4.5, 12);
    expect(mean!.se!).toBeGreaterThan(0.1436 * 0.85);
    expect(mean!.se!).toBeLessThan(0.1436 * 1.15);
    expect(mean!.lo!).toBeLessThan(4.5);
    expect(mean!.hi!).toBeGreaterThan(4.5);
  });

  it('draws Poisson(1) weights: mean 1, variance 1', async () => {
    const [w] = await duckRows<{ m: number; v: number }>(
      duck.connection,
      `SELECT avg(w) AS m, var_pop(w) AS v FROM r4_w`,
    );
    expect(w!.m).toBeGreaterThan(0.97);
    expect(w!.m).toBeLessThan(1.03);
    expect(w!.v).toBeGreaterThan(0.94);
    expect(w!.v).toBeLessThan(1.06);
  });

  it('takes the inverse-distribution quantile: the median of 1..10 is 5, of 1..9 is 5', async () => {
    await run(`CREATE OR REPLACE TABLE u5 AS
      SELECT 'ten' AS g, 'w' || i AS cluster, i::DOUBLE AS value FROM range(1, 11) r(i)
      UNION ALL SELECT 'nine', 'v' || i, i::DOUBLE FROM range(1, 10) r(i)`);
    const rows = await bootstrap(duck.connection, {
      units: 'u5',
      groups: ['g'],
      estimator: { type: 'quantile', q: 0.5 },
      replicates: 50,
      seed: 1,
      repsTable: 'r5',
    });
    expect(rows.map((r) => [r.groups.g, r.estimate])).toEqual([
      ['nine', 5],
      ['ten', 5],
    ]);
    const [p10] = await bootstrap(duck.connection, {
      units: 'u5',
      groups: ['g'],
      estimator: { type: 'quantile', q: 0.1 },
      replicates: 10,
      seed: 1,
      repsTable: 'r6',
    });
    expect(p10!.estimate).toBe(1);
  });

  it('finds every replicate’s quantile as one search over all values would, among many equal values', async () => {
    // 40 workers, each with a few values in 0.1 steps spread over several whole units and many in the same ones,
    // negative and positive: each replicate's p30 and median must be what one weighted search over every value
    // gives, computed here from the bootstrap's own weights.
    await run(`CREATE OR REPLACE TABLE u6 AS
      SELECT CASE WHEN i % 2 = 0 THEN 'even' ELSE 'odd' END AS g, 'w' || (i % 40) AS cluster,
        round(((i * 7919) % 173) / 10.0 - 3.3, 1) AS value
      FROM range(0, 1200) r(i)`);
    for (const q of [0.3, 0.5]) {
      const rows = await bootstrap(duck.connection, {
        units: 'u6',
        groups: ['g'],
        estimator: { type: 'quantile', q },
        replicates: 60,
        seed: 5,
        repsTable: 'r6q',
      });
      expect(rows.map((r) => r.groups.g)).toEqual(['even', 'odd']);
      const direct = await duckRows<{ g: string; rep: number; est: number }>(
        duck.connection,
        `SELECT g, rep, min(value) FILTER (WHERE cum >= ${q} * total) AS est
         FROM (SELECT *, sum(w) OVER (PARTITION BY g, rep ORDER BY value ROWS UNBOUNDED PRECEDING) AS cum,
                 sum(w) OVER (PARTITION BY g, rep) AS total
               FROM (SELECT u.g, w.rep, u.value, sum(w.w) AS w FROM u6 u JOIN r6q_w w USING (cluster)
                     WHERE w.w > 0 GROUP BY ALL))
         GROUP BY ALL ORDER BY ALL`,
      );
      const found = await duckRows<{ g: string; rep: number; est: number }>(
        duck.connection,
        `SELECT g, rep, est FROM r6q ORDER BY ALL`,
      );
      expect(found.length).toBeGreaterThan(100);
      expect(found).toEqual(direct);
    }
  });

  it('gives the same estimates, intervals and replicates over counted units as over the units themselves', async () => {
    // 30 workers, each with many units in two groups and two periods, values with more than one decimal and some
    // empty (which the counted rows leave out); every figure over the counted rows must equal the one over the
    // rows, for a ratio and for quantiles.
    await run(`CREATE OR REPLACE TABLE u9 AS
      SELECT CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS g, CASE WHEN i % 5 < 2 THEN 'before' ELSE 'after' END AS period,
        'w' || (i % 30) AS cluster, ((i * 31) % 7 = 0)::INT AS num, 1 + i % 2 AS den,
        CASE WHEN i % 17 = 0 THEN NULL ELSE ((i * 7919) % 251) / 13.0 - 4 END AS value
      FROM range(0, 3000) r(i)`);
    const estimators = [
      { type: 'ratio' as const },
      { type: 'quantile' as const, q: 0.5 },
      { type: 'quantile' as const, q: 0.9 },
    ];
    for (const estimator of estimators) {
      await run(
        `CREATE OR REPLACE TABLE u9c AS ${countedUnitsSql('SELECT * FROM u9', ['g', 'period'], estimator)}`,
      );
      const count = async (table: string) =>
        Number((await duckRows<{ n: unknown }>(duck.connection, `SELECT count(*) AS n FROM ${table}`))[0]!.n);
      expect(await count('u9c')).toBeLessThan(await count('u9'));
      const spec = { groups: ['g', 'period'], estimator, replicates: 80, seed: 11 };
      const plain = await bootstrap(duck.connection, { ...spec, units: 'u9', repsTable: 'r9' });
      const fromCounts = await bootstrap(duck.connection, {
        ...spec,
        units: 'u9c',
        counted: true,
        repsTable: 'r9c',
      });
      expect(plain).toHaveLength(4);
      expect(fromCounts).toEqual(plain);
      const replicates = (table: string) =>
        duckRows(duck.connection, `SELECT g, period, rep, est FROM ${table} ORDER BY ALL`);
      expect(await replicates('r9c')).toEqual(await replicates('r9'));
    }
  });

  it('finds the inverse-distribution quantile per group in two steps as one ordering of every value does', async () => {
    // Negative and positive values, many equal, many within one hundredth, empty ones, a group of one value.
    await run(`CREATE OR REPLACE TABLE iq AS
      SELECT CASE WHEN i % 3 = 0 THEN 'a' WHEN i % 3 = 1 THEN 'b' ELSE 'c' END AS platform,
        CASE WHEN i % 11 = 0 THEN NULL WHEN i % 7 = 0 THEN 2.5 ELSE ((i * 7919) % 997) / 333.0 - 1 + (i % 5) * 0.001 END AS value
      FROM range(5000) r(i)
      UNION ALL SELECT 'one', 4.25`);
    for (const q of [0.1, 0.5, 0.9]) {
      const found = await duckRows(
        duck.connection,
        `SELECT * FROM (${inverseQuantileSql('SELECT * FROM iq', 'platform', q)}) ORDER BY 1`,
      );
      const direct = await duckRows(
        duck.connection,
        `SELECT platform, min(value) FILTER (WHERE cum >= ${q} * total) AS v FROM (
           SELECT platform, value, count(*) OVER (PARTITION BY platform ORDER BY value ROWS UNBOUNDED PRECEDING) AS cum,
             count(*) OVER (PARTITION BY platform) AS total FROM iq WHERE value IS NOT NULL)
         GROUP BY platform ORDER BY 1`,
      );
      expect(found).toHaveLength(4);
      expect(found).toEqual(direct);
    }
  });

  it('computes a difference-in-differences by hand: (0.2 − 0.5) − (0.4 − 0.5) = −0.2', async () => {
    await run(`CREATE OR REPLACE TABLE u7 AS SELECT * FROM (VALUES
      ('treated','before','t1',5,10),('treated','after','t1',2,10),
      ('treated','before','t2',5,10),('treated','after','t2',2,10),
      ('control','before','c1',5,10),('control','after','c1',4,10),
      ('control','before','c2',5,10),('control','after','c2',4,10)) t(arm, period, cluster, num, den)`);
    const cells = await bootstrap(duck.connection, {
      units: 'u7',
      groups: ['arm', 'period'],
      estimator: { type: 'ratio' },
      replicates: 100,
      seed: 5,
      repsTable: 'r7',
    });
    const did = await contrast(duck.connection, 'r7', differenceInDifferences(), cells);
    expect(did.estimate).toBeCloseTo(-0.2, 12);
    // Every worker of an arm moved alike, so every replicate that keeps both arms gives the same −0.2.
    expect(did.lo).toBeCloseTo(-0.2, 9);
    expect(did.hi).toBeCloseTo(-0.2, 9);
    expect(did.p).toBe(0);
  });

  it('takes a median of the values themselves: medians a few hundredths apart and their change exactly', async () => {
    // Minutes per km of workers a and b of platform p and of worker c of platform q, before and after (one of
    // c's values empty). Medians a few hundredths apart, all of which read 7.8 or 7.7 to 0.1.
    await run(`CREATE OR REPLACE TABLE u10 AS SELECT * FROM (VALUES
      ('p', 'before', 'a', 7.8201), ('p', 'before', 'a', 7.8247), ('p', 'before', 'b', 7.8293), ('p', 'before', 'b', 7.84),
      ('p', 'after', 'a', 7.7345), ('p', 'after', 'a', 7.7301), ('p', 'after', 'b', 7.7399), ('p', 'after', 'b', 7.75),
      ('q', 'before', 'c', 9.01), ('q', 'after', 'c', 8.96), ('q', 'after', 'c', NULL)) t(platform, period, cluster, value)`);
    const spec = {
      units: 'u10',
      estimator: { type: 'quantile' as const, q: 0.5 },
      replicates: 200,
      seed: 3,
    };
    const cells = await bootstrap(duck.connection, { ...spec, groups: ['period'], repsTable: 'r10' });
    const byPeriod = Object.fromEntries(cells.map((c) => [c.groups.period, c]));
    // Both periods also hold worker c's values: before 7.8201 … 9.01 (five values: the third, 7.8293), after
    // 7.7301 … 8.96 (five: 7.7399).
    expect(byPeriod.before).toMatchObject({ estimate: 7.8293, clusters: 3, units: 5 });
    expect(byPeriod.after).toMatchObject({ estimate: 7.7399, clusters: 3, units: 5 });
    for (const cell of cells) {
      expect(cell.lo!).toBeLessThanOrEqual(cell.estimate!);
      expect(cell.hi!).toBeGreaterThanOrEqual(cell.estimate!);
    }
    const change = await contrast(duck.connection, 'r10', beforeAfter(), cells);
    expect(change.estimate).toBe(-0.0894);
    expect(change.lo!).toBeLessThanOrEqual(-0.0894);
    expect(change.hi!).toBeGreaterThanOrEqual(-0.0894);
    // Per platform: p's lower medians 7.8247 and 7.7345, q's alone; the same as DuckDB's quantile_disc.
    const byPlatform = await bootstrap(duck.connection, {
      ...spec,
      groups: ['platform', 'period'],
      repsTable: 'r10c',
    });
    const figures = byPlatform.map((c) => [c.groups.platform, c.groups.period, c.estimate]);
    expect(figures).toEqual([
      ['p', 'after', 7.7345],
      ['p', 'before', 7.8247],
      ['q', 'after', 8.96],
      ['q', 'before', 9.01],
    ]);
    // The same medians found by DuckDB's own `quantile_disc`, without the bootstrap's search.
    const exact = await duckRows<{ platform: string; period: string; exact: string }>(
      duck.connection,
      `SELECT platform, period, quantile_disc(value, 0.5) AS exact FROM u10 WHERE value IS NOT NULL
       GROUP BY ALL ORDER BY ALL`,
    );
    // The values are decimals, which arrive as text.
    expect(exact.map((e) => [e.platform, e.period, Number(e.exact)])).toEqual(figures);
  });

  it('gives a median an interval of its replicates’ exact medians when they spread far less than 0.1', async () => {
    // 300 workers, 40 minutes per km each per period, all about 7.7 (workers ±0.05 apart, orders ±0.3 around
    // them), the treated arm's after 0.03 higher: every cell's median is within a few hundredths of 7.7, and its
    // bootstrap spread is a few thousandths. The interval, every replicate, the changes and their p-values must be
    // those of the exact weighted median of each replicate, computed here in plain JavaScript from the bootstrap's
    // own weights.
    await run(`CREATE OR REPLACE TABLE m1 AS
      SELECT CASE WHEN w % 2 = 0 THEN 'treated' ELSE 'control' END AS arm, p.period, 'w' || w AS cluster,
        7.7 + ((hash(w, 'worker') % 100000) / 100000.0 - 0.5) * 0.1
          + ((hash(w, i, p.period) % 100000) / 100000.0 - 0.5) * 0.6
          + CASE WHEN w % 2 = 0 AND p.period = 'after' THEN 0.03 ELSE 0 END AS value
      FROM range(300) a(w), range(40) b(i), (VALUES ('before'), ('after')) p(period)`);
    const replicates = 200;
    const cells = await bootstrap(duck.connection, {
      units: 'm1',
      groups: ['arm', 'period'],
      estimator: { type: 'quantile', q: 0.5 },
      replicates,
      seed: 17,
      repsTable: 'rm1',
    });
    const units = await duckRows<{ arm: string; period: string; cluster: string; value: number }>(
      duck.connection,
      `SELECT arm, period, cluster, value FROM m1 ORDER BY value`,
    );
    const weights = await duckRows<{ cluster: string; rep: number; w: number }>(
      duck.connection,
      `SELECT cluster, rep, w FROM rm1_w`,
    );
    const weightOf = new Map(weights.map((w) => [`${w.cluster} ${w.rep}`, w.w]));
    const cellNames = ['control after', 'control before', 'treated after', 'treated before'];
    const sorted = (cell: string) => units.filter((u) => `${u.arm} ${u.period}` === cell);
    const expected = new Map<string, (number | null)[]>();
    for (const cell of cellNames) {
      const values = sorted(cell);
      expected.set(
        cell,
        Array.from({ length: replicates }, (_, rep) =>
          lowerMedian(values, (u) => weightOf.get(`${u.cluster} ${rep}`) ?? 0),
        ),
      );
      const found = cells.find((c) => `${c.groups.arm} ${c.groups.period}` === cell)!;
      const reps = expected.get(cell)!;
      expect(found.estimate).toBe(lowerMedian(values, () => 1));
      expect(found.clusters).toBe(150);
      expect(found.lo).toBeCloseTo(percentile(reps, 0.025), 10);
      expect(found.hi).toBeCloseTo(percentile(reps, 0.975), 10);
      // Far narrower than 0.1, yet not a point: the medians to 0.1 would all read 7.7.
      expect(found.hi! - found.lo!).toBeGreaterThan(0.002);
      expect(found.hi! - found.lo!).toBeLessThan(0.05);
      expect(found.lo!).toBeLessThan(found.estimate!);
      expect(found.hi!).toBeGreaterThan(found.estimate!);
    }
    const stored = await duckRows<{ arm: string; period: string; rep: number; est: number }>(
      duck.connection,
      `SELECT arm, period, rep, est FROM rm1 ORDER BY arm, period, rep`,
    );
    expect(stored.map((r) => r.est)).toEqual(cellNames.flatMap((cell) => expected.get(cell)!));
    // Every replicate's median fell in its cell's window, so none weighed more than the window's pairs.
    const outside = await duckRows<{ n: number }>(
      duck.connection,
      `SELECT count(*)::INTEGER AS n FROM rm1 r JOIN rm1_window w USING (arm, period)
       WHERE r.est NOT BETWEEN w.lo AND w.hi`,
    );
    expect(outside).toEqual([{ n: 0 }]);
    // The treated arm's change and the difference-in-differences, each replicate's from the same exact medians.
    const point = (cell: string) =>
      cells.find((c) => `${c.groups.arm} ${c.groups.period}` === cell)!.estimate!;
    const byRep = (cell: string, rep: number) => expected.get(cell)![rep]!;
    const cases = [
      {
        cells: beforeAfter({ arm: 'treated' }),
        of: (e: (cell: string) => number) => e('treated after') - e('treated before'),
      },
      {
        cells: differenceInDifferences(),
        of: (e: (cell: string) => number) =>
          e('treated after') - e('treated before') - (e('control after') - e('control before')),
      },
      {
        cells: beforeAfter({ arm: 'control' }),
        of: (e: (cell: string) => number) => e('control after') - e('control before'),
      },
    ];
    for (const c of cases) {
      const found = await contrast(duck.connection, 'rm1', c.cells, cells);
      const estimate = c.of(point);
      const reps = Array.from({ length: replicates }, (_, rep) => c.of((cell) => byRep(cell, rep)));
      expect(found.estimate).toBeCloseTo(estimate, 10);
      expect(found.lo).toBeCloseTo(percentile(reps, 0.025), 9);
      expect(found.hi).toBeCloseTo(percentile(reps, 0.975), 9);
      // The estimate inside its interval, at neither end.
      expect(found.lo!).toBeLessThan(found.estimate!);
      expect(found.hi!).toBeGreaterThan(found.estimate!);
      const beyond = reps.filter((v) => (estimate > 0 ? v <= 0 : v >= 0)).length;
      expect(found.p).toBe(Math.min(1, (2 * beyond) / replicates));
    }
  });

  it('finds each replicate’s quantile as one search over every value does, whatever the window', async () => {
    // Five workers with values of many decimals, negative and positive, some equal, some on the edges of a window's
    // parts; windows around the median, far below every value, of no width, and the whole range. Each replicate's
    // p30 and median must be what one weighted search over every value gives from the same weights.
    await run(`CREATE OR REPLACE TABLE u11 AS
      SELECT CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS g, 'w' || (i % 5) AS cluster,
        CASE WHEN i % 13 = 0 THEN 0.3 WHEN i % 17 = 0 THEN 2.675
          ELSE ((i * 7919) % 1009) / 97.0 - 3 + (i % 5) END AS value,
        1 + i % 3 AS n
      FROM range(0, 1500) r(i)`);
    await bootstrap(duck.connection, {
      units: 'u11',
      groups: ['g'],
      estimator: { type: 'quantile', q: 0.5 },
      replicates: 80,
      seed: 9,
      repsTable: 'r11',
    });
    const windows = [
      `SELECT g, 1.0 AS lo, 1.3 AS hi FROM (VALUES ('a'), ('b')) t(g)`,
      `SELECT g, -100.0 AS lo, -99.0 AS hi FROM (VALUES ('a'), ('b')) t(g)`,
      `SELECT g, 0.3 AS lo, 0.3 AS hi FROM (VALUES ('a'), ('b')) t(g)`,
      `SELECT g, min(value) AS lo, max(value) AS hi FROM u11 GROUP BY g`,
    ];
    for (const q of [0.3, 0.5]) {
      for (const window of [...windows, null]) {
        // The last: the bootstrap's own windows.
        if (window === null) await writeWindows(duck.connection, 'w11', 'u11', ['g'], q);
        else await run(`CREATE OR REPLACE TABLE w11 AS ${window}`);
        const search = {
          rows: 'u11',
          window: 'w11',
          weights: 'r11_w',
          seed: 9,
          groups: ['g'],
          q,
          prefix: 's11',
        };
        await searchQuantiles(duck.connection, search);
        const found = await duckRows(duck.connection, `SELECT * FROM s11_found ORDER BY ALL`);
        const direct = await duckRows(
          duck.connection,
          `SELECT g, rep, min(value) FILTER (WHERE cum >= ${q} * total) AS est
           FROM (SELECT *, sum(w) OVER (PARTITION BY g, rep ORDER BY value ROWS UNBOUNDED PRECEDING) AS cum,
                   sum(w) OVER (PARTITION BY g, rep) AS total
                 FROM (SELECT u.g, w.rep, u.value, sum(w.w * u.n) AS w
                       FROM u11 u JOIN (SELECT cluster, rep, w FROM r11_w UNION ALL
                                        SELECT DISTINCT cluster, -1, 1 FROM u11) w USING (cluster)
                       WHERE w.w > 0 GROUP BY ALL))
           GROUP BY ALL ORDER BY ALL`,
        );
        expect(found.length).toBeGreaterThan(100);
        expect(found).toEqual(direct);
      }
    }
  });

  it('gives no interval for a cell of one worker, nor for a change that uses it', async () => {
    // Treated: one rider only (2/10 before, 1/10 after); control: three riders. Resampling one rider cannot
    // show how much the figure would vary, so neither the cell nor the changes built on it claim a spread.
    await run(`CREATE OR REPLACE TABLE u8 AS SELECT * FROM (VALUES
      ('treated','before','t1',2,10),('treated','after','t1',1,10),
      ('control','before','c1',2,10),('control','after','c1',2,10),
      ('control','before','c2',3,10),('control','after','c2',1,10),
      ('control','before','c3',1,10),('control','after','c3',3,10)) t(arm, period, cluster, num, den)`);
    const cells = await bootstrap(duck.connection, {
      units: 'u8',
      groups: ['arm', 'period'],
      estimator: { type: 'ratio' },
      replicates: 200,
      seed: 5,
      repsTable: 'r8',
    });
    const treatedBefore = cells.find((c) => c.groups.arm === 'treated' && c.groups.period === 'before')!;
    expect(treatedBefore).toMatchObject({ estimate: 0.2, clusters: 1, lo: null, hi: null, se: null });
    const controlBefore = cells.find((c) => c.groups.arm === 'control' && c.groups.period === 'before')!;
    expect(controlBefore.lo).not.toBeNull();
    const treatedChange = await contrast(duck.connection, 'r8', beforeAfter({ arm: 'treated' }), cells);
    expect(treatedChange).toEqual({ estimate: -0.1, lo: null, hi: null, p: null });
  });

  it('gives a zero change a p-value of 1, not 0', async () => {
    // Every rider is at 0 before and after: no change, and no replicate says otherwise.
    await run(`CREATE OR REPLACE TABLE u9 AS
      SELECT p AS period, 'w' || i AS cluster, 0 AS num, 4 AS den
      FROM range(20) r(i) CROSS JOIN (VALUES ('before'), ('after')) t(p)`);
    const cells = await bootstrap(duck.connection, {
      units: 'u9',
      groups: ['period'],
      estimator: { type: 'ratio' },
      replicates: 100,
      seed: 2,
      repsTable: 'r9',
    });
    const change = await contrast(duck.connection, 'r9', beforeAfter(), cells);
    expect(change).toEqual({ estimate: 0, lo: 0, hi: 0, p: 1 });
  });
});

describe('Theil–Sen line', () => {
  it('ignores one wild point: y = 3 + 2x with (5, 100)', async () => {
    await run(`CREATE OR REPLACE TABLE p1 AS SELECT * FROM (VALUES
      ('a', 1, 1.0, 5.0), ('a', 2, 2.0, 7.0), ('a', 3, 3.0, 9.0), ('a', 4, 4.0, 11.0), ('a', 5, 5.0, 100.0))
      t(grp, id, x, y)`);
    const [fit] = await theilSen(duck.connection, 'SELECT * FROM p1');
    expect(fit).toMatchObject({ group: 'a', slope: 2, intercept: 3, n: 5 });
  });

  it('takes the median of pairwise slopes when they differ: points (0,0), (1,1), (2,4) give 2', async () => {
    // Slopes: 1, 2, 3 → median 2; residuals y − 2x: 0, −1, 0 → intercept 0.
    await run(`CREATE OR REPLACE TABLE p2 AS SELECT * FROM (VALUES
      ('b', 1, 0.0, 0.0), ('b', 2, 1.0, 1.0), ('b', 3, 2.0, 4.0)) t(grp, id, x, y)`);
    const [fit] = await theilSen(duck.connection, 'SELECT * FROM p2');
    expect(fit).toMatchObject({ slope: 2, intercept: 0 });
  });

  it('fits each group on its seeded sample: the points of the smallest (hash of seed and id, id)', async () => {
    // 2,000 noisy points in two groups, 60 kept per group: the fit must be the one over exactly those points,
    // computed here by sorting every point of the group.
    await run(`CREATE OR REPLACE TABLE p3 AS
      SELECT CASE WHEN i % 2 = 0 THEN 'even' ELSE 'odd' END AS grp, 'id' || i AS id, (i % 37) / 3.0 AS x,
        (i % 37) / 3.0 * (2 + i % 2) + ((i * 7919) % 101) / 10.0 AS y
      FROM range(2000) r(i)`);
    const fits = await theilSen(duck.connection, 'SELECT * FROM p3', { sample: 60, seed: 9 });
    const expected = await duckRows<{ grp: string; slope: number; intercept: number; n: number }>(
      duck.connection,
      `WITH kept AS (SELECT grp, x, y, row_number() OVER (PARTITION BY grp ORDER BY hash(9::BIGINT, id), id) AS k
                     FROM p3 QUALIFY k <= 60),
       slopes AS (SELECT a.grp, quantile_cont((b.y - a.y) / (b.x - a.x), 0.5) AS slope
                  FROM kept a JOIN kept b ON a.grp = b.grp AND a.k < b.k AND a.x <> b.x GROUP BY a.grp)
       SELECT kept.grp, slopes.slope, quantile_cont(kept.y - slopes.slope * kept.x, 0.5) AS intercept, count(*) AS n
       FROM kept JOIN slopes USING (grp) GROUP BY ALL ORDER BY 1`,
    );
    expect(fits).toEqual(
      expected.map((e) => ({ group: e.grp, slope: e.slope, intercept: e.intercept, n: Number(e.n) })),
    );
    expect(fits.map((f) => f.n)).toEqual([60, 60]);
    const otherSeed = await theilSen(duck.connection, 'SELECT * FROM p3', { sample: 60, seed: 10 });
    expect(otherSeed[0]!.intercept).not.toBe(fits[0]!.intercept);
  });
});
