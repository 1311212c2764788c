import type { CaseType } from './cases';
import type { DatasetKind, Industry } from './canonical';

export * from './audit-columns';

/** How far an audit run has got. `queued` and `running` runs may still be cancelled. */
export const auditRunStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type AuditRunStatus = (typeof auditRunStatuses)[number];

/** The stages an audit run goes through, in order; progress is reported per stage. */
export const auditRunStages = ['queued', 'loading', 'evaluating', 'summarising', 'storing', 'done'] as const;
export type AuditRunStage = (typeof auditRunStages)[number];

/**
 * The review state of a finding: `new` until someone acts; the platform may dispute it with its reply and
 * evidence; the union confirms it, records that the platform rectified it, or dismisses it.
 */
export const findingStates = ['new', 'confirmed', 'disputed', 'rectified', 'dismissed'] as const;
export type FindingState = (typeof findingStates)[number];

/** States in which a finding still asks for work: not yet reviewed, confirmed but not rectified, or disputed. */
export const openFindingStates = ['new', 'confirmed', 'disputed'] as const satisfies readonly FindingState[];

/**
 * The states named by a `state` filter: one or more states, comma-separated or repeated, where `open` stands
 * for the open states. Undefined when none is named (every state).
 */
export function findingStatesOf(state: string | readonly string[] | undefined): FindingState[] | undefined {
  const names = (typeof state === 'string' ? [state] : (state ?? []))
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) return undefined;
  const states = new Set<FindingState>();
  for (const name of names) {
    if (name === 'open') for (const s of openFindingStates) states.add(s);
    else if ((findingStates as readonly string[]).includes(name)) states.add(name as FindingState);
  }
  return findingStates.filter((s) => states.has(s));
}

/**
 * What may be done to a finding and the state it leads to. `reopen` takes a closed finding — dismissed by mistake,
 * or recorded rectified when it was not — back to review; `dispute` of a disputed finding is the platform's further
 * reply, with more evidence.
 */
export const findingActions = ['confirm', 'dispute', 'rectify', 'dismiss', 'reopen'] as const;
export type FindingAction = (typeof findingActions)[number];

export const findingActionTarget: Record<FindingAction, FindingState> = {
  confirm: 'confirmed',
  dispute: 'disputed',
  rectify: 'rectified',
  dismiss: 'dismissed',
  reopen: 'new',
};

/** The states each action may start from. */
export const findingActionFrom: Record<FindingAction, readonly FindingState[]> = {
  confirm: ['new', 'disputed'],
  dispute: ['new', 'confirmed', 'disputed'],
  rectify: ['confirmed', 'disputed'],
  dismiss: ['new', 'confirmed', 'disputed'],
  reopen: ['rectified', 'dismissed'],
};

/** Actions that need a note: the platform's reply, and why the union sets a finding aside or takes it up again. */
export const findingActionsNeedingNote: readonly FindingAction[] = ['dispute', 'dismiss', 'reopen'];

/** Each action as a refusal names it: a finding … cannot be confirmed / 不能确认. */
export const findingActionNames: Record<FindingAction, { zh: string; en: string }> = {
  confirm: { zh: '确认', en: 'confirmed' },
  dispute: { zh: '提出异议', en: 'disputed' },
  rectify: { zh: '记为已整改', en: 'marked rectified' },
  dismiss: { zh: '撤销', en: 'dismissed' },
  reopen: { zh: '重新打开', en: 'reopened' },
};

export const findingStateNames: Record<FindingState, { zh: string; en: string }> = {
  new: { zh: '新发现', en: 'New' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  disputed: { zh: '平台异议', en: 'Disputed' },
  rectified: { zh: '已整改', en: 'Rectified' },
  dismissed: { zh: '已撤销', en: 'Dismissed' },
};

/** The kind of case a rule's findings make, for the standard rules; other rules are judged by their id. */
const caseTypeByRule: Record<string, CaseType> = {
  'fd.late_penalty_exemption': 'penalty_dispute',
  'fd.no_late_money_penalty': 'penalty_dispute',
  'fd.bad_review_no_deduction': 'penalty_dispute',
  'fd.min_hourly_pay': 'wage_arrears',
  'fd.weather_subsidy': 'wage_arrears',
  'rh.min_hourly_pay': 'wage_arrears',
  'ex.wage_arrears': 'wage_arrears',
  'ex.direct_payment': 'wage_arrears',
  'fr.freight_advance': 'wage_arrears',
  'ex.direct_fee_share': 'commission',
  'rh.commission_cap': 'commission',
  'rh.bill_transparency': 'commission',
  'rh.avg_commission_disclosed': 'commission',
  'fr.commission_abs_cap': 'commission',
  'fr.peak_fee_cap': 'commission',
  'fd.fee_shown_before_accept': 'commission',
  'fd.eta_speed_floor': 'working_time',
  'fd.continuous_work_rest': 'working_time',
  'fd.daily_time_cap': 'working_time',
  'fd.weekly_rest_day': 'working_time',
  'rh.fatigue_short': 'working_time',
  'rh.fatigue_daily': 'working_time',
};

const caseTypeByWord: [RegExp, CaseType][] = [
  [/penalt|deduct|fine/, 'penalty_dispute'],
  [/hourly|wage|pay|arrear|advance|subsid/, 'wage_arrears'],
  [/commission|fee|bill/, 'commission'],
  [/rest|fatigue|time|continuous|hours/, 'working_time'],
];

/** The kind of case a rule's findings make: hourly pay → wage arrears, penalties → penalty dispute, and so on. */
export function caseTypeOfRule(rule: string): CaseType {
  return caseTypeByRule[rule] ?? caseTypeByWord.find(([word]) => word.test(rule))?.[1] ?? 'other';
}

/** The kind of case for findings of several rules: the kind of most of them (the first named on a tie). */
export function caseTypeOfRules(rules: readonly string[]): CaseType {
  const counts = new Map<CaseType, number>();
  for (const rule of rules) {
    const type = caseTypeOfRule(rule);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best: CaseType = 'other';
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

/**
 * The kinds of data whose rows an industry's clauses check: the data that says whether anything was checked. Weather
 * alerts and rosters only inform those rows, and run on past an audit's orders (a weather record of later months
 * does not make orders that end before the agreement checkable).
 */
export const checkedKinds: Record<Industry, readonly DatasetKind[]> = {
  food_delivery: ['delivery_orders'],
  express: ['parcel_deliveries', 'courier_payroll'],
  ride_hailing: ['ride_trips'],
  freight: ['freight_orders'],
};

/** The datasets whose rows an agreement of the industry checks (`checkedKinds`), for the notices about them. */
export function checkedDatasets<D extends { kind: string }>(datasets: readonly D[], industry: Industry): D[] {
  const kinds: readonly string[] = checkedKinds[industry];
  return datasets.filter((d) => kinds.includes(d.kind));
}

/**
 * The last day of data (`YYYY-MM-DD`) when every dataset with a period (workers have none) ends before the
 * agreement takes effect, so that its clauses check no row; null otherwise.
 */
export function dataEndBeforeAgreement(
  periodEnds: readonly (string | null)[],
  effectiveFrom: string,
): string | null {
  const ends = periodEnds.filter((end): end is string => end !== null).map((end) => end.slice(0, 10));
  if (ends.length === 0 || ends.some((end) => end >= effectiveFrom)) return null;
  return ends.sort().at(-1)!;
}

/**
 * The platforms the data holds when the agreement names platforms and the data holds none of them, so that its
 * clauses check no row (an agreement binds only its platforms); null otherwise, and when the data names none.
 */
export function dataPlatformsNotCovered(
  dataPlatforms: readonly (readonly string[])[],
  agreementPlatforms: readonly string[],
): string[] | null {
  const held = [...new Set(dataPlatforms.flat())].sort();
  if (agreementPlatforms.length === 0 || held.length === 0) return null;
  return held.some((p) => agreementPlatforms.includes(p)) ? null : held;
}

/**
 * Whether payroll read without parcels is placed by the brand its datasets were ingested for: the agreement names
 * no districts (a statement names none) and every payroll dataset was ingested for a platform (`--platform`).
 */
export function payrollPlacedByBrand(
  manifests: readonly { kind: DatasetKind; platform?: string | null }[],
  districts: readonly string[],
): boolean {
  const payroll = manifests.filter((m) => m.kind === 'courier_payroll');
  return districts.length === 0 && payroll.length > 0 && payroll.every((m) => m.platform);
}
