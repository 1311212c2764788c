import { canonicalDecimal } from '../decimal';
import type { Finding } from '../evaluate/evaluate-plan';

const decimalText = /^-?\d+\.\d+$/;
const canonical = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  const text = String(v);
  return decimalText.test(text) ? canonicalDecimal(text) : text;
};

/** Turns one result row of a compiled findings query (any engine) into a Finding. */
export function findingFromSqlRow(row: {
  clause_id: unknown;
  finding_key: unknown;
  evidence: unknown;
  amount: unknown;
  computed: unknown;
}): Finding {
  const computed =
    typeof row.computed === 'string'
      ? (JSON.parse(row.computed) as Record<string, unknown>)
      : ((row.computed ?? {}) as Record<string, unknown>);
  return {
    clauseId: String(row.clause_id),
    key: String(row.finding_key),
    evidence: (row.evidence as unknown[]).map(String),
    amount: canonical(row.amount),
    computed: Object.fromEntries(Object.entries(computed).map(([k, v]) => [k, canonical(v)])),
  };
}
