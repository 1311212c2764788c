import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { loadRowsIntoDuckDb } from '../engines/duckdb';
import { compileAgreement } from './compile-agreement';

// Real DuckDB: the summary statement beside the findings of an agreement.
const text = `id: uber-check
title: 网约车测试协议
industry: ride_hailing
effective_from: 2025-01-01
clauses:
  - id: cap
    title: 抽成上限
    text: 单笔抽成不超过27%。
    rule: rh.commission_cap
  - id: fatigue
    title: 防疲劳
    text: 连续服务4小时休息20分钟。
    rule: rh.fatigue_short
  - id: note
    title: 公示
    text: 规则调整前征求意见。
  - id: custom
    title: 自定义
    text: 小费全额归司机。
    check:
      dataset: ride_trips
      shape: row
      violation: tips < 0
`;

describe('clause summaries', () => {
  it('count rows in scope, rows left unchecked by an empty needed value, and findings', async () => {
    const { agreement } = readAgreement(text, 'a.yaml');
    const compiled = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' });
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const trip = {
      platform: 'didi',
      driver_id: 'd1',
      pickup_at: '2025-09-01 10:00',
      dropoff_at: '2025-09-01 10:30',
      driver_income: 70,
    };
    await loadRowsIntoDuckDb(db, 'ride_trips', [
      { ...trip, trip_id: 'a', passenger_paid: 100 },
      {
        ...trip,
        trip_id: 'b',
        passenger_paid: 90,
        pickup_at: '2025-09-01 11:00',
        dropoff_at: '2025-09-01 11:20',
      },
      { ...trip, trip_id: 'c', pickup_at: '2025-09-01 12:00', dropoff_at: '2025-09-01 12:20' },
    ]);
    const summary = compiled.queries[0]!.summary;
    const rows = await (await db.run(summary.sql, summary.params as never)).getRowObjectsJson();
    db.closeSync();
    instance.closeSync();
    expect(
      rows.map((r) => [r.clause_id, Number(r.in_scope), Number(r.unchecked), Number(r.findings)]),
    ).toEqual([
      ['cap', 3, 1, 1],
      ['custom', 3, 3, 0],
      ['fatigue', 3, 0, 0],
    ]);
  });
});
