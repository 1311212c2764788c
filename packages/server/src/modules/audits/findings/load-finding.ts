import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import type { Database } from '../../../platform/db/client';
import { findingScopeOf, auditPolicies } from '../policies';
import { findRun } from '../runs/runs.repository';
import type { AuditRunRow } from '../schema';
import { oneFinding, withFindings, type ListedFinding } from './findings-store';
import { reviewStates } from './reviews.repository';

/**
 * A run the actor may read, or 404 — also for a run they do not follow, so its existence is not revealed (403
 * when the actor has no part in audits).
 */
export async function visibleRun(db: Database, actor: Actor, runId: string): Promise<AuditRunRow> {
  if (!auditPolicies.viewRuns(actor)) throw errors.forbidden();
  const run = await findRun(db, runId);
  if (!run || !auditPolicies.viewRun(actor, run)) throw errors.notFound({ zh: '审计任务', en: 'audit run' });
  return run;
}

/**
 * One finding of a run with its review state, if the actor may see it. A finding outside the actor's scope is
 * answered as not found, so its existence is not revealed.
 */
export async function loadFinding(
  db: Database,
  dataDir: string,
  actor: Actor,
  { runId, key }: { runId: string; key: string },
): Promise<{ run: AuditRunRow; finding: ListedFinding }> {
  const run = await visibleRun(db, actor, runId);
  if (run.status !== 'succeeded') throw errors.notFound({ zh: '审计结果', en: 'audit result' });
  const reviews = await reviewStates(db, runId, { kind: 'all' }, [key]);
  const finding = await withFindings(dataDir, runId, reviews, (c) => oneFinding(c, key));
  if (!finding || !auditPolicies.viewFinding(actor, finding) || findingScopeOf(actor).kind === 'none')
    throw errors.notFound({ zh: '该发现', en: 'finding' });
  return { run, finding: { ...finding, version: Number(finding.version) } };
}
