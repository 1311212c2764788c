import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { workingDaysSql } from './working-days';

/** The worker-days of orders given as rows (platform, district, worker, covered, start, end, net). */
async function workingDaysOf(rows: string[]): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const orders = `SELECT * REPLACE (CAST(start_at AS TIMESTAMP) AS start_at, CAST(end_at AS TIMESTAMP) AS end_at)
      FROM (VALUES ${rows.join(', ')}) t(platform, district, worker, covered, start_at, end_at, net)`;
    return (await (await connection.run(workingDaysSql(orders))).getRowObjectsJson()) as Record<
      string,
      unknown
    >[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('working days', () => {
  it('counts overlapping orders once and places a day by its first order, whatever the rows’ order', async () => {
    // The day's first two orders start and end together, in Qingpu and Xuhui: the name first in order
    // (徐汇区) places the day, not the row that comes first in the data.
    const days = await workingDaysOf([
      "('eleme', '青浦区', 'r1', TRUE, '2025-09-01 10:00', '2025-09-01 10:30', 12)",
      "('eleme', '徐汇区', 'r1', TRUE, '2025-09-01 10:00', '2025-09-01 10:30', 0)",
      "('eleme', '青浦区', 'r1', TRUE, '2025-09-01 10:15', '2025-09-01 10:45', 10)",
      "('eleme', '青浦区', 'r1', TRUE, '2025-09-01 11:00', '2025-09-01 11:30', 8)",
    ]);
    expect(days).toEqual([
      {
        platform: 'eleme',
        district: '徐汇区',
        worker: 'r1',
        day: '2025-09-01',
        covered: true,
        net: '30',
        minutes: 75,
        micros: '4500000000',
        longest_block: 60,
      },
    ]);
  });

  it('measures the union of a day, splits its blocks at a rest, and leaves out an order that ends before it starts', async () => {
    // Given out of order. 08:00–09:00 covered by two overlapping orders (60 min), then a 30-minute rest: a new
    // block from 09:30 (30 min), 10:10–10:20 (10 min, a 10-minute pause: the same block) and an order that
    // starts and ends at 10:20 (0 min; the block runs 09:30 → 10:20, 50 min). The order ending before it
    // starts counts for nothing, its pay included.
    const days = await workingDaysOf([
      "('meituan', '黄浦区', 'r2', TRUE, '2025-09-02 10:20', '2025-09-02 10:20', 1)",
      "('meituan', '黄浦区', 'r2', TRUE, '2025-09-02 09:30', '2025-09-02 10:00', 7)",
      "('meituan', '黄浦区', 'r2', TRUE, '2025-09-02 11:00', '2025-09-02 10:59', 100)",
      "('meituan', '黄浦区', 'r2', TRUE, '2025-09-02 08:30', '2025-09-02 09:00', 5)",
      "('meituan', '黄浦区', 'r2', TRUE, '2025-09-02 10:10', '2025-09-02 10:20', 3)",
      "('meituan', '黄浦区', 'r2', TRUE, '2025-09-02 08:00', '2025-09-02 08:40', 10)",
    ]);
    expect(days).toEqual([
      {
        platform: 'meituan',
        district: '黄浦区',
        worker: 'r2',
        day: '2025-09-02',
        covered: true,
        net: '26',
        minutes: 100,
        micros: '6000000000',
        longest_block: 50,
      },
    ]);
  });
});
