import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { compileAgreement, planAgreement } from '../compile/compile-agreement';
import { groupEvidenceLimit } from '../compile/plan';
import { loadRowsIntoDuckDb, runFindingsOnDuckDb } from '../engines/duckdb';
import { findingFromSqlRow } from '../engines/normalize';
import { createTableSql, insertRowsSql } from '../engines/table';
import { evaluatePlan } from '../evaluate/evaluate-plan';
import { parseRow } from '../evaluate/values';
import { dialects } from './dialects';

// A group per platform and month holds every trip of the month: its finding lists the first ids in order, as
// many as a finding carries, and the first of each district (so that the officers of a district whose trips
// all come later see it too), and its trace counts all the group's rows.
const { agreement } = readAgreement(
  `id: average
title: 平均抽成
industry: ride_hailing
effective_from: 2025-09-01
clauses:
  - id: average
    title: 平均抽成公示
    text: 实际月均抽成不高于公示水平。
    rule: rh.avg_commission_disclosed
    params: { disclosed_average: 0.14, tolerance: 0.01 }
`,
  'a.yaml',
);
const tripId = (n: number) => `t${String((n * 7919) % 100_000).padStart(5, '0')}`;
const ids = Array.from({ length: groupEvidenceLimit + 537 }, (_, n) => tripId(n)).sort();
// By the rank of its id: the first 1,200 trips in Huangpu, then 100 without a district, then Pudong, and
// one in Xuhui.
const districtOf = (id: string) => {
  const rank = ids.indexOf(id);
  if (rank === 1500) return '徐汇区';
  return rank < 1200 ? '黄浦区' : rank < 1300 ? '' : '浦东新区';
};
const trips = Array.from({ length: groupEvidenceLimit + 537 }, (_, n) => ({
  platform: 'didi',
  district: districtOf(tripId(n)),
  driver_id: `d${n % 40}`,
  trip_id: tripId(n),
  pickup_at: `2025-09-${String(1 + (n % 28)).padStart(2, '0')} 10:00:00`,
  dropoff_at: `2025-09-${String(1 + (n % 28)).padStart(2, '0')} 10:30:00`,
  passenger_paid: '100',
  driver_income: '70',
}));
const asOf = '2025-10-31';

describe('a group finding over more rows than its evidence lists', () => {
  it("lists the first ids and each district's first in order, and counts every row, on DuckDB, PostgreSQL and in TypeScript", async () => {
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    await loadRowsIntoDuckDb(duck, 'ride_trips', trips, 'trips');
    const onDuck = await runFindingsOnDuckDb(
      duck,
      compileAgreement(agreement, { dialect: 'duckdb', asOf, tables: { ride_trips: 'trips' } }).queries[0]!,
    );
    const audit = compileAgreement(agreement, { dialect: 'duckdb', asOf, tables: { ride_trips: 'trips' } })
      .queries[0]!.audit;
    const inOneStatement = (
      (await (await duck.run(audit.sql, audit.params as never)).getRowObjectsJson()) as Record<
        string,
        unknown
      >[]
    )
      .filter((r) => r.in_scope === null)
      .map((r) => findingFromSqlRow(r as Parameters<typeof findingFromSqlRow>[0]));
    duck.closeSync();

    const pg = await PGlite.create();
    await pg.exec(createTableSql(dialects.postgres, 'ride_trips', 'trips'));
    const insert = insertRowsSql(dialects.postgres, 'ride_trips', trips, 'trips');
    await pg.query(insert.sql, insert.params);
    const pgQuery = compileAgreement(agreement, {
      dialect: 'postgres',
      asOf,
      tables: { ride_trips: 'trips' },
    }).queries[0]!;
    const onPg = (
      await pg.query<Parameters<typeof findingFromSqlRow>[0]>(pgQuery.sql, [...pgQuery.params])
    ).rows.map(findingFromSqlRow);
    await pg.close();

    const plan = planAgreement(agreement).flatMap((c) => (c.status === 'applicable' ? [c.plan] : []))[0]!;
    const inTypeScript = evaluatePlan(
      plan,
      trips.map((t, n) => parseRow('ride_trips', t, n + 1)),
      { asOf },
    );

    expect(onDuck).toHaveLength(1);
    const finding = onDuck[0]!;
    expect(finding.key).toBe('didi|2025-09-01');
    expect(finding.evidence).toEqual([...ids.slice(0, groupEvidenceLimit), ids[1300], ids[1500]]);
    expect(finding.computed.group_rows).toBe(String(trips.length));
    expect(finding.computed.trips).toBe(String(trips.length));
    expect(inOneStatement).toEqual(onDuck);
    expect(onPg).toEqual(onDuck);
    expect(inTypeScript).toEqual(onDuck);
  });
});
