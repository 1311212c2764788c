import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetKind } from '@gigpact/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement/types';
import { compileAgreement, planAgreement } from '../compile/compile-agreement';
import { loadRowsIntoDuckDb, runFindingsOnDuckDb } from '../engines/duckdb';
import { evaluatePlan } from '../evaluate/evaluate-plan';
import { parseRow } from '../evaluate/values';
import { libraryRules } from '../library/index';
import { rowsOf } from './generators';

// One meaning: the TypeScript evaluator and the compiled SQL (all library rules of a dataset in one query, as
// the audit runs them) must return the same findings, amounts and trace values for any generated rows.
const asOf = '2025-07-20';
const requiredParams: Record<string, Record<string, unknown>> = {
  'rh.avg_commission_disclosed': { disclosed_average: 0.14 },
};

function agreementFor(dataset: DatasetKind): Agreement {
  const rules = libraryRules.filter((r) => r.dataset === dataset);
  return {
    id: `all-${dataset}`,
    title: dataset,
    industry: rules[0]!.industry!,
    effective_from: '2025-06-23',
    clauses: rules.map((r) => ({
      id: r.id,
      title: r.id,
      text: r.id,
      rule: r.id,
      params: requiredParams[r.id] as never,
    })),
  };
}

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let table = 0;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

const datasets: DatasetKind[] = [
  'delivery_orders',
  'ride_trips',
  'freight_orders',
  'parcel_deliveries',
  'courier_payroll',
];

describe('TypeScript evaluator ≡ DuckDB SQL', () => {
  for (const dataset of datasets) {
    it(`${dataset}: same findings for generated rows`, async () => {
      const agreement = agreementFor(dataset);
      const plans = planAgreement(agreement).flatMap((c) => (c.status === 'applicable' ? [c.plan] : []));
      const clausesFound = new Set<string>();
      await fc.assert(
        fc.asyncProperty(rowsOf(dataset, 80), async (rows) => {
          const name = `d${++table}`;
          await loadRowsIntoDuckDb(connection, dataset, rows, name);
          const compiled = compileAgreement(agreement, {
            dialect: 'duckdb',
            asOf,
            tables: { [dataset]: name },
          });
          const sql = await runFindingsOnDuckDb(connection, compiled.queries[0]!);
          await connection.run(`DROP TABLE ${name}`);
          const typed = rows.map((r, i) => parseRow(dataset, r, i + 1));
          const ts = plans
            .flatMap((p) => evaluatePlan(p, typed, { asOf }))
            .sort((a, b) =>
              a.clauseId === b.clauseId ? (a.key < b.key ? -1 : 1) : a.clauseId < b.clauseId ? -1 : 1,
            );
          expect(sql).toEqual(ts);
          for (const f of ts) clausesFound.add(f.clauseId);
        }),
        // A fixed seed keeps the coverage check below deterministic; GIGPACT_FC_SEED explores other inputs.
        { numRuns: 30, seed: Number(process.env.GIGPACT_FC_SEED ?? 20250501) },
      );
      // The generated data must reach the rules: every clause produced findings in some run.
      expect([...clausesFound].sort()).toEqual(plans.map((p) => p.clauseId).sort());
    });
  }
});
