import type { AgreementCheckIssue, AgreementCheckResult } from '@gigpact/contracts';
import { checkAgreement, describeClause, RuleError, type Clause } from '@gigpact/rules';
import { unregisteredPlatforms } from './platforms-named';

/**
 * Checks an agreement text as it is being written, without saving it: every problem at once (`checkAgreement`) —
 * the structure against the format, then each clause on its own (so every faulty clause is named at once, with
 * each of its problems) and, given the registry's platform codes, the platforms it does not hold — with what each
 * valid clause checks in words. Only a YAML syntax error stops it, as nothing else can be read.
 */
export function checkAgreementDraft(source: string, registered?: readonly string[]): AgreementCheckResult {
  const checked = checkAgreement(source, 'agreement.yaml');
  const written = (checked.read?.clauses ?? []) as unknown[];
  const idAt = (index: number): string | null => {
    const id = (written[index] as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : null;
  };
  const issues: AgreementCheckIssue[] = checked.problems.map((error) => {
    const issue = issueOf(error);
    const [top, index] = issue.path;
    // A structural problem inside a clause names the clause as well.
    return issue.clauseId === null && top === 'clauses' && typeof index === 'number'
      ? { ...issue, clauseId: idAt(index) }
      : issue;
  });
  // Platforms the registry does not hold, when the registry is given: saving refuses them.
  if (registered && checked.agreement && checked.locate)
    issues.push(...unregisteredPlatforms(checked.agreement, checked.locate, registered).map(issueOf));
  const faulty = new Set(
    issues.flatMap((i) => (i.path[0] === 'clauses' && typeof i.path[1] === 'number' ? [i.path[1]] : [])),
  );
  const seen = new Set<string>();
  const clauses = written.map((raw, index): AgreementCheckResult['clauses'][number] => {
    const clauseId = idAt(index) ?? String(index + 1);
    const invalid = { clauseId, status: 'invalid' as const, ruleId: null, dataset: null, explanation: null };
    if (seen.has(clauseId) && checked.locate) {
      issues.push({
        ...issueOf(
          new RuleError(
            `条款编号 ${clauseId} 重复`,
            `clause id ${clauseId} is used twice`,
            checked.locate(['clauses', index, 'id']),
          ),
        ),
        clauseId,
      });
      return invalid;
    }
    seen.add(clauseId);
    const status = checked.clauses?.[index];
    if (faulty.has(index) || !status) return invalid;
    if (status.status === 'text_only')
      return { clauseId, status: 'text_only', ruleId: null, dataset: null, explanation: null };
    if (status.status !== 'applicable') return invalid;
    const words = describeClause(status.plan, raw as Clause);
    return {
      clauseId,
      status: 'applicable',
      ruleId: status.ruleId,
      dataset: status.dataset,
      explanation: { zh: words.zh, en: words.en },
    };
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
