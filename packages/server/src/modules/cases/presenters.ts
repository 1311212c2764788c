import {
  caseTransitions,
  type CaseDetail,
  type CaseParty,
  type CaseSummary,
  type DeadlineView,
  type LetterView,
} from '@gigpact/contracts';
import type { LetterRow } from '../supervision/schema';
import { districtName, streetName } from '../registry/region-names';
import type { CaseListed } from './cases.repository';
import type { CaseView } from './commands/view-case';
import { maskName, maskPhone } from './masking';
import type { CaseDeadlineRow } from './schema';

export function presentCaseSummary({
  case: c,
  platformName,
  nextDeadline,
  overdue,
}: CaseListed): CaseSummary {
  return {
    id: c.id,
    number: c.number,
    source: c.source,
    type: c.type,
    status: c.status,
    title: c.title,
    district: c.district,
    districtName: districtName(c.district),
    street: c.street,
    streetName: streetName(c.street),
    platformName,
    complainant: maskName(c.complainantName),
    workersAffected: c.workersAffected,
    amountClaimed: c.amountClaimed,
    office: c.office,
    openedOn: c.openedOn,
    nextDeadline,
    overdue: Boolean(overdue),
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function presentDeadline(d: CaseDeadlineRow): DeadlineView {
  return {
    id: d.id,
    kind: d.kind,
    letterId: d.letterId,
    startsOn: d.startsOn,
    workingDays: d.workingDays,
    dueOn: d.dueOn,
    status: d.status,
    calendarWarning:
      d.calendarKnownUntil === null
        ? null
        : {
            zh: `截止日期超出已知节假日安排（至 ${d.calendarKnownUntil} 年），可能未计入法定节假日，请核对`,
            en: `The due date lies beyond the known holiday calendar (up to ${d.calendarKnownUntil}); holidays may be missing: check it`,
          },
    escalatedTo: d.escalatedTo,
  };
}

export function presentLetter(l: LetterRow, today: string): LetterView {
  const status = l.respondedOn
    ? 'answered'
    : l.responseDueOn !== null && l.responseDueOn < today
      ? 'overdue'
      : 'issued';
  return {
    id: l.id,
    caseId: l.caseId,
    kind: l.kind,
    number: l.number,
    recipient: l.recipient,
    issuedOn: l.issuedOn,
    responseDueOn: l.responseDueOn,
    respondedOn: l.respondedOn,
    response: l.response,
    status,
  };
}

function maskParty(p: CaseParty): CaseParty {
  return p.kind === 'worker' ? { ...p, name: maskName(p.name) ?? '', contact: maskPhone(p.contact) } : p;
}

/** The case page. Workers' names and contacts are shown only when `showPersonalData` (and then audit-logged). */
export function presentCaseDetail(view: CaseView, today: string): CaseDetail {
  const c = view.case;
  const shown = view.showPersonalData;
  return {
    ...presentCaseSummary(view),
    complainant: shown ? c.complainantName : maskName(c.complainantName),
    description: c.description,
    personalDataShown: shown,
    parties: shown ? c.parties : c.parties.map(maskParty),
    evidence: c.evidence,
    referredTo: c.referredTo,
    allowedTransitions: [...caseTransitions[c.status]],
    occurredOn: c.occurredOn,
    timeline: view.events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      actor: e.actorName,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      details: e.details,
    })),
    deadlines: view.deadlines.map(presentDeadline),
    letters: view.letters.map((l) => presentLetter(l, today)),
    outcomes: view.outcomes.map((o) => ({
      id: o.id,
      kind: o.kind,
      decidedOn: o.decidedOn,
      authority: o.authority,
      amount: o.amount,
      note: o.note,
    })),
    attachments: view.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      uploadedAt: a.uploadedAt.toISOString(),
    })),
  };
}
