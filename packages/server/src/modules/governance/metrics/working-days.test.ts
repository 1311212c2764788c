import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { workingDaysSql } from './working-days';

describe('working days', () => {
  it('counts overlapping orders once and places a day by its first order, whatever the rows’ order', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // The day's first two orders start and end together, in Qingpu and Xuhui: the name first in order
      // (徐汇区) places the day, not the row that comes first in the data.
      const orders = `SELECT * REPLACE (CAST(start_at AS TIMESTAMP) AS start_at, CAST(end_at AS TIMESTAMP) AS end_at)
        FROM (VALUES
          ('eleme', '青浦区', 'r1', TRUE, '2025-09-01 10:00', '2025-09-01 10:30', 12),
          ('eleme', '徐汇区', 'r1', TRUE, '2025-09-01 10:00', '2025-09-01 10:30', 0),
          ('eleme', '青浦区', 'r1', TRUE, '2025-09-01 10:15', '2025-09-01 10:45', 10),
          ('eleme', '青浦区', 'r1', TRUE, '2025-09-01 11:00', '2025-09-01 11:30', 8)
        ) t(platform, district, worker, covered, start_at, end_at, net)`;
      const reader = await connection.run(workingDaysSql(orders));
      expect(await reader.getRowObjectsJson()).toEqual([
        {
          platform: 'eleme',
          district: '徐汇区',
          worker: 'r1',
          day: '2025-09-01',
          covered: true,
          net: '30',
          minutes: 75,
          longest_block: 60,
        },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
