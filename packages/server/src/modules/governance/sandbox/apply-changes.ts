import { canonicalDatasets, datasetKinds, type FieldIssue } from '@gigpact/contracts';
import { compileAgreement, RuleError, type Agreement } from '@gigpact/rules';
import type { ScenarioChanges } from '../schema';

/**
 * The agreement with a scenario's parameters in place of its own (a changed parameter holds for every date).
 * Returns the issues instead when a clause is unknown or the rule refuses a value, each naming its field.
 */
export function applyScenarioChanges(
  agreement: Agreement,
  changes: ScenarioChanges,
): { agreement: Agreement } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const clauses = agreement.clauses.map((clause) => {
    const changed = changes.params[clause.id];
    return changed ? { ...clause, params: { ...clause.params, ...changed } } : clause;
  });
  for (const clauseId of Object.keys(changes.params)) {
    const clause = agreement.clauses.find((c) => c.id === clauseId);
    if (!clause)
      issues.push({
        path: ['params', clauseId],
        zh: `协议没有条款 ${clauseId}`,
        en: `the agreement has no clause ${clauseId}`,
      });
    else if (!clause.rule && !clause.check)
      issues.push({
        path: ['params', clauseId],
        zh: `条款 ${clauseId} 是纯文本条款，没有参数`,
        en: `clause ${clauseId} is text only and has no parameters`,
      });
  }
  if (issues.length) return { issues };
  const changed: Agreement = { ...agreement, clauses };
  try {
    // Compiling against every canonical column checks each value against its rule's parameter types.
    compileAgreement(changed, {
      dialect: 'duckdb',
      datasetColumns: Object.fromEntries(
        datasetKinds.map((k) => [k, canonicalDatasets[k].columns.map((c) => c.name)]),
      ),
      asOf: agreement.effective_from,
    });
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const clauseId = error.location.clause ?? '';
    return { issues: [{ path: ['params', clauseId].filter(Boolean), zh: error.zh, en: error.en }] };
  }
  return { agreement: changed };
}
