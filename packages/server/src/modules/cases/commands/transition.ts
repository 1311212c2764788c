import { caseStatusNames, caseTransitions, type CaseStatus } from '@gigpact/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { recordEvent, updateCaseAtVersion } from '../cases.repository';
import { caseFor } from '../case-access';
import { meetDeadlines, openDeadline, periods } from '../deadlines';
import { casePolicies } from '../policies';
import { caseDeadlines, type CaseRow } from '../schema';
import type { HolidayCalendar } from '../working-days/calendar';

export interface TransitionRequest {
  to: CaseStatus;
  version: number;
  note: string | null;
}

async function hasOpenRectification(db: Database, caseId: string): Promise<boolean> {
  const open = await db
    .select({ id: caseDeadlines.id })
    .from(caseDeadlines)
    .where(
      and(
        eq(caseDeadlines.caseId, caseId),
        eq(caseDeadlines.kind, 'rectification'),
        sql`${caseDeadlines.status} <> 'met'`,
      ),
    )
    .limit(1);
  return open.length > 0;
}

function refuseTransition(from: CaseStatus, to: CaseStatus): never {
  throw errors.validation([
    {
      path: ['to'],
      zh: `案件不能从“${caseStatusNames[from].zh}”转为“${caseStatusNames[to].zh}”`,
      en: `a case cannot go from ${caseStatusNames[from].en} to ${caseStatusNames[to].en}`,
    },
  ]);
}

/**
 * Moves a case along its workflow inside the caller's transaction, if the step is permitted and nobody changed
 * the case since `version`. Leaving triage meets the triage period; reopening starts a new one.
 */
export async function moveCase(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  current: CaseRow,
  request: TransitionRequest,
  today: string,
  now: Date,
  patch: Partial<CaseRow> = {},
): Promise<CaseRow> {
  const from = current.status;
  if (!caseTransitions[from].includes(request.to)) refuseTransition(from, request.to);
  if (request.to === 'closed' && (await hasOpenRectification(db, current.id))) {
    throw errors.validation([
      {
        path: ['to'],
        zh: '整改尚未完成：请先记录“整改完成”再结案',
        en: 'rectification is still open: record it as done before closing the case',
      },
    ]);
  }
  const updated = await updateCaseAtVersion(
    db,
    current.id,
    request.version,
    { ...patch, status: request.to, closedAt: request.to === 'closed' ? now : null },
    now,
  );
  if (!updated) throw errors.conflict();
  if (from === 'intake' || from === 'triage')
    await meetDeadlines(db, { caseId: current.id, kinds: ['triage'] }, today);
  if (request.to === 'closed') await meetDeadlines(db, { caseId: current.id }, today);
  if (from === 'closed') {
    await openDeadline(db, calendar, {
      caseId: current.id,
      kind: 'triage',
      startsOn: today,
      workingDays: periods.triage,
    });
  }
  await recordEvent(db, {
    caseId: current.id,
    at: now,
    actorId: actor.id,
    actorName: actor.displayName,
    kind: from === 'closed' ? 'reopen' : 'transition',
    fromStatus: from,
    toStatus: request.to,
    note: request.note,
  });
  return updated;
}

/** The transition endpoint's use case. Referral has its own, since it names the procuratorate. */
export async function transitionCase(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  id: string,
  request: TransitionRequest,
  today: string,
  now: Date,
): Promise<CaseRow> {
  const found = await caseFor(db, actor, id, today, casePolicies.handleCase);
  if (request.to === 'referral') {
    throw errors.validation([
      {
        path: ['to'],
        zh: '移送检察院请使用“移送”操作并写明检察院',
        en: 'refer a case with the referral action, naming the procuratorate',
      },
    ]);
  }
  return db.transaction((tx) =>
    moveCase(tx as unknown as Database, calendar, actor, found.case, request, today, now),
  );
}
