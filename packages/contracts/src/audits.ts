/** How far an audit run has got. `queued` and `running` runs may still be cancelled. */
export const auditRunStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type AuditRunStatus = (typeof auditRunStatuses)[number];

/** The stages an audit run goes through, in order; progress is reported per stage. */
export const auditRunStages = ['queued', 'loading', 'evaluating', 'storing', 'summarising', 'done'] as const;
export type AuditRunStage = (typeof auditRunStages)[number];

/**
 * The review state of a finding: `new` until someone acts; the platform may dispute it with its reply and
 * evidence; the union confirms it, records that the platform rectified it, or dismisses it.
 */
export const findingStates = ['new', 'confirmed', 'disputed', 'rectified', 'dismissed'] as const;
export type FindingState = (typeof findingStates)[number];

/** What may be done to a finding and the state it leads to. */
export const findingActions = ['confirm', 'dispute', 'rectify', 'dismiss'] as const;
export type FindingAction = (typeof findingActions)[number];

export const findingActionTarget: Record<FindingAction, FindingState> = {
  confirm: 'confirmed',
  dispute: 'disputed',
  rectify: 'rectified',
  dismiss: 'dismissed',
};

/** The states each action may start from. */
export const findingActionFrom: Record<FindingAction, readonly FindingState[]> = {
  confirm: ['new', 'disputed'],
  dispute: ['new', 'confirmed'],
  rectify: ['confirmed', 'disputed'],
  dismiss: ['new', 'confirmed', 'disputed'],
};

export const findingStateNames: Record<FindingState, { zh: string; en: string }> = {
  new: { zh: '新发现', en: 'New' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  disputed: { zh: '平台异议', en: 'Disputed' },
  rectified: { zh: '已整改', en: 'Rectified' },
  dismissed: { zh: '已撤销', en: 'Dismissed' },
};
