import type { Area, LetterKind } from '@gigpact/contracts';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';
import type { Actor } from '../../platform/security/actor';

/** The case as policies see it: where it lies and to whom it was handed. */
export interface CaseScope {
  area: Area;
  referredTo: string | null;
  mediatedIn: string | null;
  complainantId: string | null;
}

const isOfficer = (actor: Actor) =>
  actor.role === 'city_admin' || actor.role === 'district_officer' || actor.role === 'street_officer';
const isCountyLevelOrAbove = (actor: Actor) =>
  actor.role === 'city_admin' || actor.role === 'district_officer';
const officerOf = (actor: Actor, c: CaseScope) =>
  may.useModule(actor, 'cases') && isOfficer(actor) && may.seeArea(actor, c.area);
const districtWithin = (actor: Actor, district: string | null) =>
  district !== null && may.seeArea(actor, { level: 'district', code: district });

function canView(actor: Actor, c: CaseScope): boolean {
  if (actor.role === 'worker') return c.complainantId === actor.id;
  if (!may.useModule(actor, 'cases')) return false;
  if (actor.role === 'procurator') return districtWithin(actor, c.referredTo);
  if (actor.role === 'mediator') return districtWithin(actor, c.mediatedIn);
  return officerOf(actor, c);
}

/**
 * Case policies. Officers handle the cases of their own area. Procurators see only the cases referred to their
 * procuratorate; mediators only those sent to mediation in their district; a worker only their own complaints.
 * A 建议书 goes from a union at county level or above (总工办发〔2021〕9号), so street offices do not issue one.
 */
export const casePolicies = {
  fileComplaint: ((actor) => actor.role === 'worker') satisfies Policy,
  viewCases: ((actor) => may.useModule(actor, 'cases') || actor.role === 'worker') satisfies Policy,
  enterCaseIn: ((actor, area: Area) =>
    may.useModule(actor, 'cases') && isOfficer(actor) && may.seeArea(actor, area)) satisfies Policy<Area>,
  viewCase: ((actor, c: CaseScope) => canView(actor, c)) satisfies Policy<CaseScope>,
  handleCase: ((actor, c: CaseScope) => officerOf(actor, c)) satisfies Policy<CaseScope>,
  referCase: ((actor, c: CaseScope) =>
    may.useModule(actor, 'cases') &&
    isCountyLevelOrAbove(actor) &&
    may.seeArea(actor, c.area)) satisfies Policy<CaseScope>,
  issueLetter: ((actor, target: { scope: CaseScope; kind: LetterKind }) =>
    officerOf(actor, target.scope) &&
    (target.kind !== 'recommendation' || isCountyLevelOrAbove(actor))) satisfies Policy<{
    scope: CaseScope;
    kind: LetterKind;
  }>,
  /** Procurators record their own recommendations and the authorities' filings and penalties on referred cases. */
  recordOutcome: ((actor, c: CaseScope) =>
    officerOf(actor, c) ||
    (actor.role === 'procurator' && districtWithin(actor, c.referredTo))) satisfies Policy<CaseScope>,
  attachTo: ((actor, c: CaseScope) =>
    (actor.role === 'worker' && c.complainantId === actor.id) ||
    officerOf(actor, c) ||
    (actor.role === 'procurator' && districtWithin(actor, c.referredTo))) satisfies Policy<CaseScope>,
  /**
   * Names and contacts are shown to those who work the case: its area's district and street officers, the
   * procurator and mediator it was sent to, and the worker who filed it. The city's overview sees them masked.
   */
  seePersonalData: ((actor, c: CaseScope) =>
    actor.role !== 'city_admin' && canView(actor, c)) satisfies Policy<CaseScope>,
};
