import { agreementCoverageOf, parseArea, type FindingAction } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import type { Actor } from '../../platform/security/actor';
import { may, type Policy } from '../../platform/security/policy';
import { platformOfRepresentative } from '../datasets/platform-of-actor';
import type { FindingScope } from './findings/findings-scope';

const isAuditOfficer = (actor: Actor) =>
  may.useModule(actor, 'audits') && (actor.role === 'city_admin' || actor.role === 'district_officer');

/**
 * Where a finding belongs, for deciding who may see and act on it: its platform, when it has one, and the
 * districts its evidence rows lie in.
 */
export interface FindingPlace {
  platform: string | null;
  districts: readonly string[];
}

/**
 * The findings an actor may see: the city administrator every finding; a district officer the findings of work
 * done in their district; a platform representative their own platform's findings; nobody else any.
 */
export function findingScopeOf(actor: Actor): FindingScope {
  if (!may.useModule(actor, 'audits')) return { kind: 'none' };
  if (actor.role === 'city_admin') return { kind: 'all' };
  if (actor.role === 'district_officer' && actor.area.level === 'district')
    return { kind: 'district', district: actor.area.code };
  const own = platformOfRepresentative(actor);
  if (actor.role === 'platform_rep' && own) return { kind: 'platform', platform: own };
  return { kind: 'none' };
}

/** What decides who sees a run: the agreement as run, whose platforms say which representatives follow it. */
export interface RunPlace {
  agreement: Pick<Agreement, 'platform'>;
}

/**
 * Whether the run is one the scope follows: every run for the city and a district officer (whose findings any
 * run may hold), for a platform representative the runs of agreements that bind its platform — naming it, or
 * naming no platform and so binding all. The same rule as SQL is `visibleRunsWhere` (runs.repository.ts).
 */
export function runInScope(scope: FindingScope, run: RunPlace): boolean {
  if (scope.kind === 'none') return false;
  if (scope.kind !== 'platform') return true;
  const platforms = agreementCoverageOf(run.agreement).platforms;
  return platforms.length === 0 || platforms.includes(scope.platform);
}

const inScope = (scope: FindingScope, finding: FindingPlace) =>
  scope.kind === 'all' ||
  (scope.kind === 'district' && finding.districts.includes(scope.district)) ||
  (scope.kind === 'platform' && finding.platform === scope.platform);

/**
 * Audit policies. City and district officers start runs (a district officer's run belongs to their district) and
 * review findings in their area; a platform representative follows the runs and answers — disputes — its own
 * platform's findings, with its reply and evidence. Workers have no part in audits.
 */
export const auditPolicies = {
  viewRuns: ((actor) => findingScopeOf(actor).kind !== 'none') satisfies Policy,
  viewRun: ((actor, run: RunPlace) => runInScope(findingScopeOf(actor), run)) satisfies Policy<RunPlace>,
  /**
   * The run's city-wide figures — rows checked and unchecked, violations and amounts of every clause, the
   * findings count — are the city's: every other reader gets the figures of the findings inside their scope.
   */
  viewCityFigures: ((actor) => findingScopeOf(actor).kind === 'all') satisfies Policy,
  startRun: ((actor) => isAuditOfficer(actor)) satisfies Policy,
  cancelRun: ((actor, run: { area: string }) => {
    const area = parseArea(run.area);
    return isAuditOfficer(actor) && area !== undefined && may.seeArea(actor, area);
  }) satisfies Policy<{ area: string }>,
  viewFinding: ((actor, finding: FindingPlace) =>
    inScope(findingScopeOf(actor), finding)) satisfies Policy<FindingPlace>,
  act: ((actor, target: { action: FindingAction; finding: FindingPlace }) => {
    if (!inScope(findingScopeOf(actor), target.finding)) return false;
    if (target.action === 'dispute') return actor.role === 'platform_rep';
    return isAuditOfficer(actor);
  }) satisfies Policy<{ action: FindingAction; finding: FindingPlace }>,
  export: ((actor) => findingScopeOf(actor).kind !== 'none') satisfies Policy,
  openCase: ((actor) => isAuditOfficer(actor)) satisfies Policy,
};
