import { DuckDBInstance } from '@duckdb/node-api';
import {
  auditColumnLabel,
  auditMetricTableLabels,
  canonicalDatasets,
  datasetKinds,
  type ColumnType,
} from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics';

const duckTypes: Record<ColumnType, string> = {
  string: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  date: 'DATE',
  money: 'DECIMAL(18, 4)',
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  bool: 'BOOLEAN',
  enum: 'VARCHAR',
};

describe('audit metrics', () => {
  it('names every table and column it reports in Chinese and English', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const kind of datasetKinds) {
        const columns = canonicalDatasets[kind].columns;
        await connection.run(
          `CREATE TABLE ${kind} (${columns.map((c) => `${c.name} ${duckTypes[c.type]}`).join(', ')})`,
        );
        await connection.run(`INSERT INTO ${kind} DEFAULT VALUES`);
      }
      const metrics = await computeMetrics(
        connection,
        Object.fromEntries(datasetKinds.map((k) => [k, canonicalDatasets[k].columns.map((c) => c.name)])),
      );
      expect(Object.keys(metrics).sort()).toEqual(Object.keys(auditMetricTableLabels).sort());
      for (const [table, rows] of Object.entries(metrics)) {
        expect(rows.length, table).toBe(1);
        for (const column of Object.keys(rows[0]!)) {
          const label = auditColumnLabel(column);
          expect(label?.zh, `${table}.${column}`).toMatch(/\S/);
          expect(label?.en, `${table}.${column}`).toMatch(/^[A-Z0-9]/);
          expect(label?.en, `${table}.${column}`).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
        }
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('totals the arrears of courier payroll per month of the due date', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`CREATE TABLE courier_payroll AS SELECT * FROM (VALUES
        ('fr_1', 'c1', '2025-09', 3000.00::DECIMAL(18, 4), 3000.00::DECIMAL(18, 4), DATE '2025-10-15'),
        ('fr_1', 'c2', '2025-09', 2800.50::DECIMAL(18, 4), 1000.25::DECIMAL(18, 4), DATE '2025-10-15'),
        ('fr_2', 'c3', '2025-09', 2500.00::DECIMAL(18, 4), 0.00::DECIMAL(18, 4), DATE '2025-10-15'),
        ('fr_2', 'c3', '2025-10', 2500.00::DECIMAL(18, 4), 2600.00::DECIMAL(18, 4), DATE '2025-11-15')
      ) t(franchisee_id, courier_id, period, amount_due, amount_paid, due_date)`);
      const { payroll } = await computeMetrics(connection, {
        courier_payroll: ['franchisee_id', 'courier_id', 'period', 'amount_due', 'amount_paid', 'due_date'],
      });
      expect(payroll).toEqual([
        {
          platform: null,
          month: '2025-10',
          pay_lines: 3,
          couriers: 3,
          franchisees: 2,
          short_paid_lines: 2,
          arrears_total: '4300.2500',
        },
        {
          platform: null,
          month: '2025-11',
          pay_lines: 1,
          couriers: 1,
          franchisees: 1,
          short_paid_lines: 0,
          arrears_total: '0.0000',
        },
      ]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
