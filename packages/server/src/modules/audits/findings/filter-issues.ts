import type { FieldIssue } from '@gigpact/contracts';
import { unknownDistrictIssue } from '../../governance/query-checks';
import type { AuditRunRow } from '../schema';

type FilteredRun = Pick<AuditRunRow, 'agreement' | 'summary'>;

/**
 * What a findings filter names that is not there — a clause none of the runs' agreements has, a platform neither
 * the registry nor the runs' data knows, a district the city does not have — refused (400, naming what there is)
 * rather than answered with no findings. Over one run, or over the latest run of each agreement.
 */
export function unknownFindingFilterIssues(
  filter: { clause?: string | undefined; district?: string | undefined; platform?: string | undefined },
  runs: FilteredRun | readonly FilteredRun[],
  registeredPlatforms: Iterable<string> = [],
): FieldIssue[] {
  const many = Array.isArray(runs);
  const all: readonly FilteredRun[] = many ? runs : [runs as FilteredRun];
  const issues: FieldIssue[] = [];
  const clauses = [
    ...new Set(
      all.flatMap((run) => [
        ...run.agreement.clauses.map((c) => c.id),
        ...(run.summary?.clauses.map((c) => c.clause_id) ?? []),
      ]),
    ),
  ];
  if (filter.clause !== undefined && !clauses.includes(filter.clause))
    issues.push({
      path: ['querystring', 'clause'],
      zh: many
        ? `${filter.clause} 不是所列协议的条款；条款：${clauses.join('、') || '无'}`
        : `${filter.clause} 不是本次审计协议的条款；条款：${clauses.join('、')}`,
      en: many
        ? `${filter.clause} is not a clause of the agreements listed; their clauses: ${clauses.join(', ') || 'none'}`
        : `${filter.clause} is not a clause of the run's agreement; its clauses: ${clauses.join(', ')}`,
    });
  const inData = [
    ...new Set(all.flatMap((run) => run.summary?.platforms?.map((p) => p.platform) ?? [])),
  ].sort();
  const known = new Set([...registeredPlatforms, ...inData]);
  if (filter.platform !== undefined && !known.has(filter.platform)) {
    const asked = filter.platform.toLowerCase();
    const sameLetters = [...known].find((p) => p.toLowerCase() === asked);
    const [listed, zhLabel, enLabel] =
      inData.length > 0
        ? [inData, '数据中的平台', 'platforms in the data']
        : [[...known].sort(), '平台', 'platforms'];
    issues.push({
      path: ['querystring', 'platform'],
      zh: `${filter.platform} 不是登记的平台，也不在审计的数据中${sameLetters ? `（是否指 ${sameLetters}？）` : ''}；${zhLabel}：${listed.join('、') || '无'}`,
      en: `${filter.platform} is neither a platform of the registry nor in the audited data${sameLetters ? ` (did you mean ${sameLetters}?)` : ''}; ${enLabel}: ${listed.join(', ') || 'none'}`,
    });
  }
  const district = filter.district === undefined ? null : unknownDistrictIssue(filter.district);
  if (district) issues.push(district);
  return issues;
}
