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
});
