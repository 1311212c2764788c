import { parseArea, type FindingAction } from '@gigpact/contracts';
import type { Actor } from '../../platform/security/actor';
import { may, type Policy } from '../../platform/security/policy';
import { platformOfRepresentative } from '../datasets/platform-of-actor';
import type { FindingScope } from './findings/findings-scope';

const isAuditOfficer = (actor: Actor) =>
  may.useModule(actor, 'audits') && (actor.role === 'city_admin' || actor.role === 'district_officer');

/** Where a finding belongs, for deciding who may see and act on it. */
export interface FindingPlace {
  platform: string | null;
  district: string | null;
}

/**
 * The findings an actor may see: the city administrator every finding; a district officer the findings in their
 * district; a platform representative their own platform's findings; nobody else any.
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

const inScope = (scope: FindingScope, finding: FindingPlace) =>
  scope.kind === 'all' ||
  (scope.kind === 'district' && finding.district === scope.district) ||
  (scope.kind === 'platform' && finding.platform === scope.platform);

/**
 * Audit policies. City and district officers start runs (a district officer's run belongs to their district) and
 * review findings in their area; a platform representative follows the runs and answers — disputes — its own
 * platform's findings, with its reply and evidence. Workers have no part in audits.
 */
export const auditPolicies = {
  viewRuns: ((actor) => findingScopeOf(actor).kind !== 'none') satisfies Policy,
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
