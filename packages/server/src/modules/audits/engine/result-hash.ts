import { createHash } from 'node:crypto';

/**
 * Version of the audit engine's meaning; bump it when the same inputs would give different findings, counts or
 * metrics (6: delivery metrics of delivered orders only, hourly minimum in yuan only, a finding's party from its
 * rows; 7: payroll arrears in the metrics only once overdue, as `ex.wage_arrears` counts them; 8: a finding's amount
 * to four places, as money is kept, and the hourly minimum's worker-days shorter than its least working minutes
 * not counted as checked; 9: payroll placed on its franchisee's brand, in findings and metrics, and a payroll
 * audit under an agreement that names platforms limited to their franchisees when the datasets say their brand;
 * 10: a complete-weeks clause checks only the weeks wholly within the agreement's dates, not the week it came into
 * force or ended in).
 */
export const auditEngineVersion = '10';

/** JSON with object keys sorted, so equal documents hash equally whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The identity of an audit's result: the agreement as written (clauses and parameters), the datasets (content
 * hashes), the as-of date and the engine version. Same inputs, same hash.
 */
export function resultHash(input: {
  agreement: unknown;
  datasetIds: readonly string[];
  asOf: string;
}): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        agreement: input.agreement,
        datasets: [...input.datasetIds].sort(),
        asOf: input.asOf,
        engine: auditEngineVersion,
      }),
    )
    .digest('hex');
}
