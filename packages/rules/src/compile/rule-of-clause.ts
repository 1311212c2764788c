import type { Agreement, Clause } from '../agreement/types';
import { libraryRule } from '../library/index';
import type { RuleSpec } from '../spec/rule-spec';
import { readRuleSpec } from '../spec/spec-issues';
import { RuleError, RuleErrors } from '../errors';

/**
 * The rule a clause is checked by: a library rule, or its own custom `check` (given the id `<agreement>.<clause>`).
 * A custom check that is not a rule is refused with each of its problems (a RuleErrors when there are several).
 */
export function ruleOfClause(agreement: Agreement, clause: Clause): RuleSpec | undefined {
  if (clause.rule) return libraryRule(clause.rule);
  if (!clause.check) return undefined;
  const read = readRuleSpec({
    ...clause.check,
    id: clause.check.id ?? `${agreement.id}.${clause.id}`.toLowerCase(),
    industry: agreement.industry,
    title_zh: clause.check.title_zh ?? clause.title,
  });
  if ('spec' in read) return read.spec;
  throw RuleErrors.of(
    read.problems.map(
      ({ zh, en, path }) =>
        new RuleError(`自定义规则不正确：${zh}`, `custom check is not valid: ${en}`, {
          path: ['check', ...path],
        }),
    ),
  )!;
}
