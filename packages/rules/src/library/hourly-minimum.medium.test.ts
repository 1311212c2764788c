import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckDbEngine } from '../engines/engines';
import { loadCaseFile } from '../testing/case-file';
import { onPglite, postgresEngine } from '../testing/postgres-engine';
import { runCaseFile } from '../testing/run-cases';
import { hourlyMinimumDefaultCase } from './hourly-minimum-case';

// The dated default compiles to `CASE WHEN day >= 2025-07-01 THEN 25 ELSE 24 END` and runs so on real engines.
let duck: Awaited<ReturnType<typeof duckDbEngine>>;
let lite: PGlite;
beforeAll(async () => {
  duck = await duckDbEngine();
  lite = await PGlite.create();
});
afterAll(async () => {
  duck.close();
  await lite.close();
});

describe.each([
  ['duckdb', () => duck.engine],
  ['postgres (PGlite)', () => postgresEngine(() => onPglite(lite))],
])('the default hourly minimum of fd.min_hourly_pay on %s', (_name, engineOf) => {
  it('is 24 CNY before 2025-07-01 and 25 from then, by each worker-day', async () => {
    const file = loadCaseFile(hourlyMinimumDefaultCase, 'hourly-minimum-case');
    const results = await runCaseFile(file, engineOf());
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(results[0]!.findings.map((f) => f.key)).toEqual(['r1|2025-07-01', 'r2|2025-06-30']);
  });
});
