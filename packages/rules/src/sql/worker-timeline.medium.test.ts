import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { compileAgreement } from '../compile/compile-agreement';
import { loadRowsIntoDuckDb, withWorkerOrderFallback } from '../engines/duckdb';
import { workerHashCollision } from './block-query';

// Real DuckDB: hourly pay and the daily cap read their working time from the continuous-work clause's sorted
// pass when the agreement has one; their findings and counts are those of the same clauses on their own.
const clauses = {
  hourly: `  - id: hourly
    title: 小时收入
    text: 每小时收入不低于最低工资。
    rule: fd.min_hourly_pay
    params: { min_hourly: 40, min_working_minutes: 30 }`,
  cap: `  - id: cap
    title: 每日时长
    text: 每日接单不超过3小时。
    rule: fd.daily_time_cap
    params: { hard_cap_minutes: 180 }`,
  rest: `  - id: rest
    title: 连续工作休息
    text: 连续接单2小时须休息20分钟。
    rule: fd.continuous_work_rest
    params: { max_continuous_minutes: 120, rest_minutes: 20 }`,
};
const agreementOf = (ids: (keyof typeof clauses)[]) =>
  readAgreement(
    `id: timeline
title: 测试协议
industry: food_delivery
effective_from: 2025-05-02
clauses:
${ids.map((id) => clauses[id]).join('\n')}
`,
    'a.yaml',
  ).agreement;

/** Seeded orders of a few riders over four days: overlaps, midnight, no end, cancelled, before the start. */
function orders(): Record<string, unknown>[] {
  let seed = 7n;
  const next = (n: number) => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
    return Number((seed >> 33n) % BigInt(n));
  };
  const at = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  const rows: Record<string, unknown>[] = [];
  for (let rider = 0; rider < 12; rider++) {
    let t = Date.UTC(2025, 4, 1, 6 + next(10), next(60));
    for (let n = 0; n < 60; n++) {
      t += (next(5) === 0 ? 20 + next(400) : next(25)) * 60_000 - (next(4) === 0 ? 15 * 60_000 : 0);
      const end = t + (5 + next(50)) * 60_000;
      const kind = next(20);
      rows.push({
        order_id: `o${rider}-${n}`,
        platform: 'eleme',
        rider_id: `r${rider}`,
        accepted_at: at(t),
        delivered_at: kind === 0 ? null : at(end),
        promised_at: at(end),
        distance_m: 2000,
        status: kind === 1 ? 'cancelled' : 'delivered',
        pay: `${3 + next(9)}.50`,
        penalty: next(6) === 0 ? '2' : null,
        subsidy: next(5) === 0 ? '1.25' : null,
      });
    }
  }
  return rows;
}

/**
 * The orders with, for some delivered orders, others of the same rider that start at the same time: one ending
 * earlier, one later, one at the same time and one with no end.
 */
function withTies(seeded: Record<string, unknown>[]): Record<string, unknown>[] {
  const minutes = (at: unknown, n: number) =>
    new Date(Date.parse(`${String(at).replace(' ', 'T')}Z`) + n * 60_000)
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ');
  const tied = seeded
    .filter((o, k) => k % 9 === 4 && o.status === 'delivered' && o.delivered_at !== null)
    .flatMap((o) => [
      { ...o, order_id: `${String(o.order_id)}-a`, delivered_at: minutes(o.accepted_at, 3) },
      { ...o, order_id: `${String(o.order_id)}-b`, delivered_at: minutes(o.delivered_at, 25) },
      { ...o, order_id: `${String(o.order_id)}-c` },
      { ...o, order_id: `${String(o.order_id)}-d`, delivered_at: null },
    ]);
  return [...seeded, ...tied];
}

async function audit(db: DuckDBConnection, ids: (keyof typeof clauses)[]) {
  const query = compileAgreement(agreementOf(ids), { dialect: 'duckdb', asOf: '2025-06-30' }).queries[0]!;
  const rows = await (await db.run(query.audit.sql, query.audit.params as never)).getRowObjectsJson();
  const of = (clause: string) =>
    rows.filter((r) => (clause === 'rest') === (r.clause_id === 'rest')).map((r) => JSON.stringify(r));
  return { sql: query.audit.sql, groups: of('groups'), blocks: of('rest') };
}

describe('a worker timeline shared by group and block clauses', () => {
  it('gives group and block clauses the findings and counts they have on their own', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await loadRowsIntoDuckDb(db, 'delivery_orders', orders());
    const shared = await audit(db, ['hourly', 'cap', 'rest']);
    const alone = await audit(db, ['hourly', 'cap']);
    const restAlone = await audit(db, ['rest']);
    db.closeSync();
    instance.closeSync();
    expect(shared.sql).toContain('__in_g');
    expect(alone.sql).not.toContain('__in_g');
    // The block clause's one pass is folded into the group's aggregate, the timeline's only reader.
    expect(shared.sql).toContain('g0_all AS MATERIALIZED');
    expect(shared.sql).not.toContain('b0_3 AS MATERIALIZED');
    // Alone, the block clause's pass tells workers apart by their ids (no aggregate groups its rows by worker).
    expect(restAlone.sql).toContain('LAG(__bp)');
    expect(shared.sql).not.toContain('LAG(__bp)');
    const findings = (rows: string[]) =>
      rows.filter((r) => (JSON.parse(r) as { in_scope: unknown }).in_scope === null);
    expect(findings(shared.groups).length).toBeGreaterThan(3);
    expect(findings(shared.blocks).length).toBeGreaterThan(3);
    expect(shared.groups).toEqual(alone.groups);
    expect(shared.blocks).toEqual(restAlone.blocks);
  });

  it('stops with an error when a pass reads a worker timeline out of order', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await loadRowsIntoDuckDb(db, 'delivery_orders', withTies(orders()));
    const query = compileAgreement(agreementOf(['hourly', 'rest']), { dialect: 'duckdb', asOf: '2025-06-30' })
      .queries[0]!;
    const sorted = 'ORDER BY __bh, __bs NULLS LAST';
    expect(query.audit.sql).toContain(sorted);
    const params = query.audit.params as never;
    await expect(db.run(query.audit.sql, params)).resolves.toBeDefined();
    for (const misordered of ['ORDER BY __bh DESC, __bs', 'ORDER BY __bs, __bh', 'ORDER BY __bh, __bs DESC'])
      await expect(
        db.run(query.audit.sql.replaceAll(sorted, misordered), params),
        misordered,
      ).rejects.toThrow('rows out of order in a worker timeline');
    // Workers whose ids hash alike (every worker here, with a constant hash) stop the pass sorted by hash: the
    // timeline tells workers apart by hash alone, carrying the hash instead of the id through the sort, and
    // puts the ids back from the workers' hashes; each worker's rows then carry every id of its hash, and the
    // group's aggregate, grouping its rows by worker, finds two workers of one hash.
    expect(query.audit.sql).toContain('hash("rider_id") AS __bh');
    expect(query.audit.sql).toContain('hash("rider_id") AS __dh');
    expect(query.audit.sql).not.toContain('__bp');
    expect(query.audit.sql).toContain('COUNT(DISTINCT hash(__k0))');
    const alike = (sql: string) => sql.replaceAll(/\bhash\((__bp|__k0|"rider_id")\)/g, 'CAST(7 AS UBIGINT)');
    await expect(db.run(alike(query.audit.sql), params)).rejects.toThrow(workerHashCollision);
    // Without that check, the timeline would take them for one worker and find otherwise.
    const unchecked = query.audit.sql
      .replaceAll('hash("rider_id") AS __bh', 'CAST(7 AS UBIGINT) AS __bh')
      .replaceAll('hash("rider_id") AS __dh', 'CAST(7 AS UBIGINT) AS __dh');
    const rowsOfUnchecked = await (await db.run(unchecked, params)).getRowsJson();
    const rowsOfQuery = await (await db.run(query.audit.sql, params)).getRowsJson();
    expect(JSON.stringify(rowsOfUnchecked)).not.toEqual(JSON.stringify(rowsOfQuery));
    // The engine then runs the statement compiled in the exact order, which keeps such workers apart.
    const exact = compileAgreement(agreementOf(['hourly', 'rest']), {
      dialect: 'duckdb',
      asOf: '2025-06-30',
      exactWorkerOrder: true,
    }).queries[0]!;
    const rowsOf = async (sql: string) =>
      (await (await db.run(`SELECT * FROM (${sql}) ORDER BY ALL`, params)).getRowsJson()).map((r) =>
        JSON.stringify(r),
      );
    const ran: boolean[] = [];
    const fellBack = await withWorkerOrderFallback((exactOrder) => {
      ran.push(exactOrder);
      return rowsOf(alike(exactOrder ? exact.audit.sql : query.audit.sql));
    });
    expect(ran).toEqual([false, true]);
    expect(fellBack).toEqual(await rowsOf(query.audit.sql));
    await expect(withWorkerOrderFallback(() => db.run("SELECT error('another error')"))).rejects.toThrow(
      'another error',
    );
    db.closeSync();
    instance.closeSync();
  });

  it('finds the same whatever the order of rows that start together, and in the exact order', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    // One rider's orders without a rider id: a worker of their own in both orders.
    const data = withTies(orders()).map((o) => (o.rider_id === 'r3' ? { ...o, rider_id: null } : o));
    await loadRowsIntoDuckDb(db, 'delivery_orders', data);
    const compile = (exactWorkerOrder: boolean) =>
      compileAgreement(agreementOf(['hourly', 'cap', 'rest']), {
        dialect: 'duckdb',
        asOf: '2025-06-30',
        exactWorkerOrder,
      }).queries[0]!;
    const [byHash, exact] = [compile(false), compile(true)];
    const rowsOf = async (sql: string) =>
      (
        await (
          await db.run(`SELECT * FROM (${sql}) ORDER BY ALL`, byHash.audit.params as never)
        ).getRowsJson()
      ).map((r) => JSON.stringify(r));
    // The workers in two halves by hash, each sorted and streamed on its own; both halves have workers here.
    expect(byHash.audit.sql.split('ORDER BY __bh, __bs NULLS LAST').length).toBe(3);
    const halves = await (
      await db.run(`SELECT count(DISTINCT hash(rider_id) < 9223372036854775808) FROM delivery_orders`)
    ).getRowsJson();
    expect(Number(halves[0]![0])).toBe(2);
    const expected = await rowsOf(byHash.audit.sql);
    expect(expected.filter((r) => r.includes('"rest"')).length).toBeGreaterThan(3);
    expect(expected.some((r) => r.includes('"o3-'))).toBe(true);
    // Rows of a worker that start together, in one order and in the other.
    const sorted = 'ORDER BY __bh, __bs NULLS LAST';
    for (const ties of ['__id', '__id DESC', '__be', '__be DESC NULLS FIRST'])
      expect(await rowsOf(byHash.audit.sql.replaceAll(sorted, `${sorted}, ${ties}`)), ties).toEqual(expected);
    // The exact order keeps workers whose ids hash alike apart, by their ids.
    const exactSorted = 'ORDER BY __bh, __bp NULLS LAST, __bs NULLS LAST, __id NULLS LAST';
    expect(exact.audit.sql).toContain(exactSorted);
    expect(exact.audit.params).toEqual(byHash.audit.params);
    expect(await rowsOf(exact.audit.sql)).toEqual(expected);
    const alike = exact.audit.sql.replaceAll('hash(__bp) AS __bh', 'CAST(7 AS UBIGINT) AS __bh');
    expect(await rowsOf(alike)).toEqual(expected);
    await expect(
      db.run(
        alike.replaceAll(exactSorted, 'ORDER BY __bh, __bp DESC, __bs, __id'),
        byHash.audit.params as never,
      ),
    ).rejects.toThrow('rows out of order in a worker timeline');
    db.closeSync();
    instance.closeSync();
  });

  it('finds the same in any number of parts, one per DuckDB thread, every part streamed on its own', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await loadRowsIntoDuckDb(db, 'delivery_orders', withTies(orders()));
    const compile = (timelineParts?: number) =>
      compileAgreement(agreementOf(['hourly', 'cap', 'rest']), {
        dialect: 'duckdb',
        asOf: '2025-06-30',
        ...(timelineParts === undefined ? {} : { timelineParts }),
      }).queries[0]!;
    const rowsOf = async (q: ReturnType<typeof compile>) =>
      (
        await (
          await db.run(`SELECT * FROM (${q.audit.sql}) ORDER BY ALL`, q.audit.params as never)
        ).getRowsJson()
      ).map((r) => JSON.stringify(r));
    const sorts = (q: ReturnType<typeof compile>) =>
      q.audit.sql.split('ORDER BY __bh, __bs NULLS LAST').length - 1;
    const two = compile();
    expect(sorts(two)).toBe(2);
    const expected = await rowsOf(two);
    expect(expected.filter((r) => r.includes('"rest"')).length).toBeGreaterThan(3);
    for (const parts of [1, 3, 5]) {
      const q = compile(parts);
      expect(sorts(q)).toBe(parts);
      expect(await rowsOf(q), `${parts} parts`).toEqual(expected);
    }
    // In three parts, each third of the hashes holds some of the twelve riders.
    const thirds = await (
      await db.run(
        `SELECT count(DISTINCT CAST(hash(rider_id) // 6148914691236517206 AS INTEGER)) FROM delivery_orders`,
      )
    ).getRowsJson();
    expect(Number(thirds[0]![0])).toBe(3);
    expect(() => compile(0)).toThrow(RangeError);
    db.closeSync();
    instance.closeSync();
  });

  it("gives a block clause's findings the service before them in one statement as in the findings statement", async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    // Overlapping orders, orders that start together, and a rider without an id.
    const data = withTies(orders()).map((o) => (o.rider_id === 'r3' ? { ...o, rider_id: null } : o));
    await loadRowsIntoDuckDb(db, 'delivery_orders', data);
    const rest = (sql: string) =>
      `SELECT finding_key, evidence, CAST(computed AS VARCHAR) AS computed FROM (${sql}) WHERE clause_id = 'rest' AND finding_key IS NOT NULL ORDER BY ALL`;
    const rowsOf = async (sql: string, params: unknown) =>
      (await (await db.run(rest(sql), params as never)).getRowsJson()).map((r) => JSON.stringify(r));
    for (const ids of [['rest'], ['hourly', 'cap', 'rest']] as (keyof typeof clauses)[][])
      for (const exactWorkerOrder of [false, true]) {
        const query = compileAgreement(agreementOf(ids), {
          dialect: 'duckdb',
          asOf: '2025-06-30',
          exactWorkerOrder,
        }).queries[0]!;
        const expected = await rowsOf(query.sql, query.params);
        expect(
          await rowsOf(query.audit.sql, query.audit.params),
          `${ids.join(',')} ${exactWorkerOrder}`,
        ).toEqual(expected);
        // Some findings' service is less than the time since their block began: a gap, or overlapping orders.
        const shorter = expected.filter((r) => {
          const computed = JSON.parse(JSON.parse(r)[2] as string) as Record<string, string>;
          return Number(computed.service_minutes) < Number(computed.elapsed_minutes);
        });
        expect(shorter.length).toBeGreaterThan(3);
      }
    db.closeSync();
    instance.closeSync();
  });
});
