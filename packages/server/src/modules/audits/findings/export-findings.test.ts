import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFindingsFile, xlsxRowLimit } from './export-findings';

/** A connection with the view `f` as the findings store opens it, holding `count` findings. */
async function findings(count: number): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW f AS SELECT 'late:' || i AS key, 'late' AS clause_id, CAST(i AS VARCHAR) AS finding_key,
    'fd.no_late_money_penalty' AS rule, 'platform' AS liable, 'delivery_orders' AS dataset,
    ['o' || i] AS evidence, CAST('0.1' AS DECIMAL(38, 10)) AS amount, '{}' AS computed, 'eleme' AS platform,
    '310118' AS district, NULL::VARCHAR AS franchisee, 'eleme_rd_' || i AS worker, DATE '2025-09-01' AS day,
    '2025-09' AS month, 'new' AS state, 1 AS version
    FROM range(${count}) t(i)`);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

describe('findings export', () => {
  let close = () => {};
  afterEach(() => close());

  it('refuses an XLSX of more findings than a workbook holds instead of cutting it short', async () => {
    const opened = await findings(xlsxRowLimit + 1);
    close = opened.close;
    await expect(exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'xlsx')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        expect.objectContaining({ path: ['format'], en: expect.stringContaining('export CSV or Parquet') }),
      ],
    });
    const csv = (await exportFindingsFile(opened.connection, { kind: 'all' }, {}, 'csv')).toString('utf8');
    expect(csv.trim().split('\n')).toHaveLength(xlsxRowLimit + 2);
  }, 30_000);
});
