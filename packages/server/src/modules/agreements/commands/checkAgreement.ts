import type { AgreementCheckIssue, AgreementCheckResult } from '@gigpact/contracts';
import { describeClause, planAgreement, readAgreement, RuleError, type Agreement } from '@gigpact/rules';

/**
 * Checks an agreement text as it is being written, without saving it: the structure against the format, then
 * each clause on its own (so every faulty clause is named at once), with what each valid clause checks in words.
 */
export function checkAgreementDraft(source: string): AgreementCheckResult {
  let read: ReturnType<typeof readAgreement>;
  try {
    read = readAgreement(source, 'agreement.yaml');
  } catch (error) {
    if (error instanceof RuleError) return { valid: false, issues: [issueOf(error)], clauses: [] };
    throw error;
  }
  const { agreement, locate } = read;
  const issues: AgreementCheckIssue[] = [];
  const seen = new Set<string>();
  const clauses = agreement.clauses.map((clause, index): AgreementCheckResult['clauses'][number] => {
    const invalid = {
      clauseId: clause.id,
      status: 'invalid' as const,
      ruleId: null,
      dataset: null,
      explanation: null,
    };
    if (seen.has(clause.id)) {
      issues.push({
        ...issueOf(
          new RuleError(
            `条款编号 ${clause.id} 重复`,
            `clause id ${clause.id} is used twice`,
            locate(['clauses', index, 'id']),
          ),
        ),
        clauseId: clause.id,
      });
      return invalid;
    }
    seen.add(clause.id);
    const single: Agreement = { ...agreement, clauses: [clause] };
    const within = (path: (string | number)[]) => locate(['clauses', index, ...path.slice(2)]);
    try {
      const [status] = planAgreement(single, {}, within);
      if (!status || status.status === 'text_only')
        return { clauseId: clause.id, status: 'text_only', ruleId: null, dataset: null, explanation: null };
      if (status.status !== 'applicable') return invalid;
      const words = describeClause(status.plan, clause);
      return {
        clauseId: clause.id,
        status: 'applicable',
        ruleId: status.ruleId,
        dataset: status.dataset,
        explanation: { zh: words.zh, en: words.en },
      };
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      const inner = error.location.path ?? [];
      const path = inner[0] === 'clauses' ? inner : ['clauses', index, ...inner];
      issues.push({ ...issueOf(error), path, clauseId: clause.id });
      return invalid;
    }
  });
  return { valid: issues.length === 0, issues, clauses };
}

function issueOf(error: RuleError): AgreementCheckIssue {
  const { line, column, path, field } = error.location;
  const at = line ? `第 ${line} 行${column ? `第 ${column} 列` : ''}` : '';
  const atEn = line ? `line ${line}${column ? `, column ${column}` : ''}` : '';
  const where = [path?.length ? path.join('.') : '', field ?? ''].filter(Boolean).join(' · ');
  return {
    path: path ?? [],
    line: line ?? null,
    column: column ?? null,
    clauseId: error.location.clause ?? null,
    zh: [at, where, error.zh].filter(Boolean).join('，'),
    en: [atEn, where, error.en].filter(Boolean).join(': '),
  };
}
