import { planEachClause, type ClauseStatus, type CompileOptions } from '../compile/compile-agreement';
import type { RuleError } from '../errors';
import { inspectAgreement, type Locate } from './load';
import type { Agreement } from './types';

/** Everything `checkAgreement` finds in an agreement file. */
export interface AgreementCheck {
  /**
   * Every problem, each a RuleError naming the file, line, column, path and (for a clause's) the clause: a YAML
   * syntax error alone, else every structural problem in the order of the file (`inspectAgreement`), then clause
   * by clause the rule, parameter, date, range and expression problems of each structurally sound clause.
   */
  problems: RuleError[];
  /** The agreement, when it has no problem. */
  agreement?: Agreement;
  /** Where a path of the document is; absent after a YAML syntax error. */
  locate?: Locate;
  /**
   * The agreement as far as it could be read, its clauses as written (`inspectAgreement`'s `checkable`); absent
   * after a YAML syntax error or when `clauses` is not a list.
   */
  read?: Agreement;
  /** What each clause of `read` is; undefined for a clause with a problem (or not checked for one). */
  clauses?: (ClauseStatus | undefined)[];
}

/**
 * Checks an agreement file as far as it can be read, so that one problem hides no other: the structure (every
 * problem the schema finds, each impossible date, each unknown district), then each clause the structure leaves
 * sound on its own — its rule, every parameter's type, range and dates, and its expressions. Only a YAML syntax
 * error stops it at once, as nothing else can be read.
 */
export function checkAgreement(
  text: string,
  fileName = '<agreement>',
  options: Pick<CompileOptions, 'datasetColumns' | 'payrollFranchisees'> = {},
): AgreementCheck {
  const reading = inspectAgreement(text, fileName);
  const { locate, checkable } = reading;
  if (!locate || !checkable) return { problems: reading.problems, ...(locate ? { locate } : {}) };
  const read = reading.agreement ?? checkable.agreement;
  const planned = planEachClause(read, options, locate, checkable.clause);
  // A clause's impossible date is found by both; it is said once, as the structure says it.
  const pathOf = (e: RuleError) => JSON.stringify(e.location.path ?? []);
  const said = new Set(reading.problems.map(pathOf));
  const problems = [...reading.problems, ...planned.problems.filter((p) => !said.has(pathOf(p)))];
  return {
    problems,
    ...(problems.length === 0 && reading.agreement ? { agreement: reading.agreement } : {}),
    locate,
    read,
    clauses: planned.clauses,
  };
}
