import type { FieldIssue, Language } from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';

/**
 * The server's reasons for refusing a scenario, one line each, led by the clause and parameter it names
 * (`c05 · min_hourly: …`) so that the negotiator sees which value to change.
 */
export function issueLines(issues: readonly FieldIssue[], language: Language): string[] {
  return issues.map((issue) => {
    const where = issue.path.slice(1).join(' · ');
    return `${where ? `${where}: ` : ''}${localized(issue, language)}`;
  });
}
