import {
  canonicalDatasets,
  datasetKinds,
  type FieldIssue,
  type ScenarioParamValue,
} from '@gigpact/contracts';
import { compileAgreement, paramsDividedBy, problemsOf, RuleError, type Agreement } from '@gigpact/rules';
import type { ScenarioChanges } from '../schema';

/** Larger than any standard an agreement sets (yuan, minutes, km/h, shares): beyond it a value is a typing slip. */
const largestValue = 1e9;

/** A changed number no agreement could mean, in words: negative, or beyond any standard. */
function implausibleValue(name: string, value: unknown): { zh: string; en: string } | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (typeof value === 'boolean' || (typeof value === 'string' && (value.trim() === '' || isNaN(number))))
    return null;
  if (!Number.isFinite(number) || number < 0 || number > largestValue)
    return {
      zh: `参数 ${name} 应在 0 到 ${largestValue} 之间，实际为 ${String(value)}`,
      en: `parameter ${name} must be between 0 and ${largestValue}, got ${String(value)}`,
    };
  return null;
}

const isZero = (value: unknown) =>
  (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) && Number(value) === 0;

/** Each value a changed parameter sets, with where it sits under the parameter (`[]`, or `[0, 'value']`). */
function valuesOf(value: ScenarioParamValue): { at: (string | number)[]; value: unknown }[] {
  return Array.isArray(value)
    ? value.map((step, i) => ({ at: [i, 'value'], value: step.value }))
    : [{ at: [], value }];
}

/**
 * The agreement with a scenario's parameters in place of its own: a plain value holds for every date, values by
 * date hold from their dates as an agreement's do (the first from the agreement's effective date or earlier).
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
    else
      for (const [name, given] of Object.entries(changes.params[clauseId] ?? {}))
        for (const { at, value } of valuesOf(given)) {
          const problem = implausibleValue(name, value);
          if (problem) issues.push({ path: ['params', clauseId, name, ...at], ...problem });
        }
  }
  if (issues.length) return { issues };
  const changed: Agreement = { ...agreement, clauses };
  let compiled: ReturnType<typeof compileAgreement>;
  try {
    // Compiling against every canonical column checks each value against its rule's parameter types.
    compiled = compileAgreement(changed, {
      dialect: 'duckdb',
      datasetColumns: Object.fromEntries(
        datasetKinds.map((k) => [k, canonicalDatasets[k].columns.map((c) => c.name)]),
      ),
      asOf: agreement.effective_from,
    });
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return {
      issues: problemsOf(error).map((problem) => {
        const clauseId = problem.location.clause ?? '';
        // The parameter the rule refused and where in it, where it names one (`params.max_speed_kmh`: outside
        // its range; `params.min_hourly.0.from`: a dated value that starts after the agreement does).
        const within = problem.location.path ?? [];
        const param = within[0] === 'params' && typeof within[1] === 'string' ? within.slice(1) : [];
        return {
          path: ['params', clauseId, ...param].filter((p) => p !== ''),
          zh: problem.zh,
          en: problem.en,
        };
      }),
    };
  }
  // Zero where the rule divides by it: a speed limit of 0 km/h would leave every order unchecked rather than
  // every order late.
  for (const status of compiled.clauses) {
    if (status.status !== 'applicable') continue;
    const divisors = paramsDividedBy(status.plan);
    for (const [name, given] of Object.entries(changes.params[status.clauseId] ?? {}))
      for (const { at, value } of valuesOf(given))
        if (isZero(value) && divisors.has(name))
          issues.push({
            path: ['params', status.clauseId, name, ...at],
            zh: `参数 ${name} 不能为 0：规则要用它作除数`,
            en: `parameter ${name} cannot be 0: the rule divides by it`,
          });
  }
  return issues.length ? { issues } : { agreement: changed };
}
