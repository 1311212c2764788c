import {
  findingActionFrom,
  findingActionNames,
  findingStateNames,
  findingActionTarget,
  type FindingState,
  type FindingTransitionInput,
} from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { appendFindingEvent, saveReviewState } from '../findings/reviews.repository';
import { auditPolicies } from '../policies';

export interface ReviewedFinding {
  runId: string;
  key: string;
  clauseId: string;
  platform: string | null;
  district: string | null;
  /** The districts of its evidence rows, whose officers may act on it. */
  districts: readonly string[];
  state: FindingState;
  version: number;
}

/**
 * Confirms, disputes (the platform's reply, with its evidence), records as rectified, or dismisses a finding.
 * Only from the states the action allows, only at the version the reviewer saw, and always recorded in the
 * finding's history with who did it.
 */
export async function transitionFinding(
  db: Database,
  actor: Actor,
  finding: ReviewedFinding,
  input: FindingTransitionInput,
  now: Date,
): Promise<{ state: FindingState; version: number }> {
  authorize(actor, auditPolicies.act, { action: input.action, finding });
  if (input.action === 'dispute' && !input.note)
    throw errors.validation([
      { path: ['note'], zh: '提出异议须附平台的答复', en: 'a dispute needs the platform’s reply' },
    ]);
  // A finding the union sets aside is set aside for a reason the platform and later readers can see.
  if (input.action === 'dismiss' && !input.note)
    throw errors.validation([
      { path: ['note'], zh: '撤销发现须说明理由', en: 'dismissing a finding needs the reason' },
    ]);
  if (input.action === 'reopen' && !input.note)
    throw errors.validation([
      { path: ['note'], zh: '重新打开发现须说明理由', en: 'reopening a finding needs the reason' },
    ]);
  if (input.version !== finding.version)
    throw errors.conflict({
      zh: '该发现在您打开后已有变更，请刷新后重试',
      en: 'This finding has changed since it was opened: reload and try again',
    });
  if (!findingActionFrom[input.action].includes(finding.state))
    throw errors.validation([
      {
        path: ['action'],
        zh: `发现当前为“${findingStateNames[finding.state].zh}”，不能${findingActionNames[input.action].zh}`,
        en: `a ${findingStateNames[finding.state].en.toLowerCase()} finding cannot be ${findingActionNames[input.action].en}`,
      },
    ]);
  const to = findingActionTarget[input.action];
  return db.transaction(async (tx) => {
    const saved = await saveReviewState(tx as unknown as Database, {
      runId: finding.runId,
      key: finding.key,
      clauseId: finding.clauseId,
      platform: finding.platform,
      district: finding.district,
      to,
      version: finding.version,
      actorId: actor.id,
      now,
    });
    if (!saved)
      throw errors.conflict({
        zh: '该发现在您打开后已有变更，请刷新后重试',
        en: 'This finding has changed since it was opened: reload and try again',
      });
    await appendFindingEvent(tx as unknown as Database, {
      runId: finding.runId,
      findingKey: finding.key,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      actorRole: actor.role,
      action: input.action,
      fromState: finding.state,
      toState: to,
      note: input.note ?? null,
      evidence: input.evidence.length ? input.evidence : null,
    });
    return { state: to, version: finding.version + 1 };
  });
}
