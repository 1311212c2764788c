import type { FieldIssue } from '@gigpact/contracts';
import { unknownDistrictIssue } from '../../governance/query-checks';
import type { AuditRunRow } from '../schema';

/**
 * What a findings filter of a run names that is not there — a clause the run's agreement does not have, a district
 * the city does not have — refused (400, naming what there is) rather than answered with no findings.
 */
export function unknownFindingFilterIssues(
  filter: { clause?: string | undefined; district?: string | undefined },
  run: Pick<AuditRunRow, 'agreement' | 'summary'>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const clauses = [
    ...new Set([
      ...run.agreement.clauses.map((c) => c.id),
      ...(run.summary?.clauses.map((c) => c.clause_id) ?? []),
    ]),
  ];
  if (filter.clause !== undefined && !clauses.includes(filter.clause))
    issues.push({
      path: ['querystring', 'clause'],
      zh: `${filter.clause} 不是本次审计协议的条款；条款：${clauses.join('、')}`,
      en: `${filter.clause} is not a clause of the run's agreement; its clauses: ${clauses.join(', ')}`,
    });
  const district = filter.district === undefined ? null : unknownDistrictIssue(filter.district);
  if (district) issues.push(district);
  return issues;
}
