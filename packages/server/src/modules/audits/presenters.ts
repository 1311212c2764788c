import {
  agreementCoverageOf,
  type AuditRunView,
  type FindingEventView,
  type FindingView,
} from '@gigpact/contracts';
import { canonicalDecimal, libraryRules, type Agreement } from '@gigpact/rules';
import type { Actor } from '../../platform/security/actor';
import type { ListedFinding } from './findings/findings-store';
import { auditPolicies } from './policies';
import { interruptedSince } from './runs/run-lease';
import type { AuditRunRow, FindingEventRow } from './schema';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A run as its reader may see it: the count of all its findings only for a reader with the city's scope, and
 * beside it the count of those inside the reader's scope (`findingsInScope`, null until the run has succeeded).
 */
export function presentRun(
  run: AuditRunRow,
  reader: Actor,
  findingsInScope: number | null,
  now: Date,
  /** The id of the agreement's official audit now (its latest succeeded official run), if it has one. */
  latestOfficialId: string | null = null,
): AuditRunView {
  return {
    id: run.id,
    agreementId: run.agreementId,
    agreementVersion: run.agreementVersion,
    agreementTitle: run.summary?.agreement_title ?? run.agreement.title,
    agreementTitleEn: run.agreement.title_en ?? null,
    coverage: agreementCoverageOf(run.agreement),
    datasetIds: run.datasetIds,
    asOf: run.asOf,
    status: run.status,
    stage: run.stage,
    progress: { done: run.progressDone, total: run.progressTotal },
    cancelRequested: run.cancelRequested !== null,
    interruptedSince: iso(interruptedSince(run, now)),
    resultHash: run.resultHash,
    findingsCount: auditPolicies.viewCityFigures(reader) ? run.findingsCount : null,
    findingsInScope,
    error: run.error,
    area: run.area,
    createdByName: run.createdByName,
    createdAt: run.createdAt.toISOString(),
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    official: run.official,
    supersededBy:
      run.status === 'succeeded' && run.official && latestOfficialId !== null && latestOfficialId !== run.id
        ? latestOfficialId
        : null,
    currencies: [
      ...new Set((run.summary?.datasets ?? []).flatMap((d) => (d.currency ? [d.currency] : []))),
    ].sort(),
    notices: run.summary?.notices ?? [],
  };
}

/** A clause's English title in the agreement as run: its own, else its library rule's; null without either. */
export function clauseTitleEn(agreement: Agreement, clauseId: string): string | null {
  const clause = agreement.clauses.find((c) => c.id === clauseId);
  if (!clause) return null;
  return clause.title_en ?? libraryRules.find((r) => r.id === clause.rule)?.title_en ?? null;
}

export function presentFinding(f: ListedFinding): FindingView {
  return {
    key: f.key,
    clauseId: f.clause_id,
    findingKey: f.finding_key,
    rule: f.rule,
    liable: f.liable,
    dataset: f.dataset,
    evidence: f.evidence,
    amount: f.amount === null ? null : canonicalDecimal(f.amount),
    platform: f.platform,
    district: f.district,
    districts: f.districts ?? [],
    franchisee: f.franchisee,
    worker: f.worker,
    day: f.day,
    month: f.month,
    state: f.state,
    version: Number(f.version),
  };
}

export function presentEvent(e: FindingEventRow): FindingEventView {
  return {
    at: e.at.toISOString(),
    actorName: e.actorName,
    actorRole: e.actorRole,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    note: e.note,
    evidence: e.evidence ?? [],
  };
}
