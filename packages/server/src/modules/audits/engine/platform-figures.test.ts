import { DuckDBInstance } from '@duckdb/node-api';
import { withoutCoverage, type Agreement, type ClauseStatus } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { platformFigures } from './platform-figures';

describe('a platform’s figures of a run', () => {
  it('counts the rows of the days the agreement is in force, as its clauses check them', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // Ele.me: two rows before the agreement, three in force, one after it ends; Meituan: one in force.
      await connection.run(`CREATE TABLE delivery_orders AS SELECT * FROM (VALUES
        ('O1', 'eleme', TIMESTAMP '2025-04-30 23:59:59'), ('O2', 'eleme', TIMESTAMP '2025-04-01 10:00:00'),
        ('O3', 'eleme', TIMESTAMP '2025-05-01 00:00:00'), ('O4', 'eleme', TIMESTAMP '2025-06-15 12:00:00'),
        ('O5', 'eleme', TIMESTAMP '2025-06-30 23:59:59'), ('O6', 'eleme', TIMESTAMP '2025-07-01 00:00:00'),
        ('O7', 'meituan', TIMESTAMP '2025-05-02 08:00:00')) t(order_id, platform, accepted_at)`);
      await connection.run(`CREATE TABLE finding_rows AS SELECT * FROM (VALUES ('eleme'), ('eleme'), ('meituan'))
        t(platform)`);
      const agreement = {
        id: 'a',
        platforms: ['eleme', 'meituan'],
        effective_from: '2025-05-01',
        effective_to: '2025-06-30',
      } as unknown as Agreement;
      const clause = { status: 'applicable', dataset: 'delivery_orders' } as unknown as ClauseStatus;
      const columns = { delivery_orders: ['order_id', 'platform', 'accepted_at'] };
      expect(await platformFigures(connection, agreement, [clause], columns)).toEqual([
        { platform: 'eleme', rows: 3, findings: 2 },
        { platform: 'meituan', rows: 1, findings: 1 },
      ]);
      // An agreement without an end counts every row from its first day on.
      const open = withoutCoverage({ ...agreement, effective_to: undefined });
      expect(await platformFigures(connection, open, [clause], columns)).toEqual([
        { platform: 'eleme', rows: 4, findings: 2 },
        { platform: 'meituan', rows: 1, findings: 1 },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
