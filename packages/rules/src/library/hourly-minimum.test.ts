import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../testing/case-file';
import { runCaseFile, typescriptEngine } from '../testing/run-cases';
import { hourlyMinimumDefaultCase } from './hourly-minimum-case';

describe('the default hourly minimum of fd.min_hourly_pay', () => {
  it('is 24 CNY before 2025-07-01 and 25 from then, by each worker-day (TypeScript evaluator)', async () => {
    const file = loadCaseFile(hourlyMinimumDefaultCase, 'hourly-minimum-case');
    const results = await runCaseFile(file, typescriptEngine);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(results[0]!.findings.map((f) => f.key)).toEqual(['r1|2025-07-01', 'r2|2025-06-30']);
  });
});
