import type { OutcomeKind } from '@gigpact/contracts';
import { outcomeKindNames } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { recordEvent, touchCase } from '../cases.repository';
import { caseFor } from '../case-access';
import { meetDeadlines, openDeadline } from '../deadlines';
import { casePolicies } from '../policies';
import { caseOutcomes } from '../schema';
import type { HolidayCalendar } from '../working-days/calendar';

export interface OutcomeRequest {
  kind: OutcomeKind;
  decidedOn: string;
  authority: string;
  amount: string | null;
  note: string | null;
  rectificationWorkingDays: number | null;
}

/**
 * Records what an authority decided on a case. An order to rectify starts a rectification period; the
 * rectification recorded as done meets it.
 */
export async function recordOutcome(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  id: string,
  request: OutcomeRequest,
  today: string,
  now: Date,
): Promise<string> {
  await caseFor(db, actor, id, today, casePolicies.recordOutcome);
  if (request.kind === 'rectification_ordered' && !request.rectificationWorkingDays) {
    throw errors.validation([
      {
        path: ['rectificationWorkingDays'],
        zh: '责令整改须写明整改期限（工作日）',
        en: 'a rectification order needs its period in working days',
      },
    ]);
  }
  if (request.kind === 'amount_recovered' && request.amount === null) {
    throw errors.validation([
      { path: ['amount'], zh: '请填写追回金额', en: 'the amount recovered is missing' },
    ]);
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [row] = await t
      .insert(caseOutcomes)
      .values({ caseId: id, ...request, recordedBy: actor.id, recordedAt: now })
      .returning({ id: caseOutcomes.id });
    if (request.kind === 'rectification_ordered') {
      await openDeadline(t, calendar, {
        caseId: id,
        kind: 'rectification',
        startsOn: request.decidedOn,
        workingDays: request.rectificationWorkingDays!,
      });
    }
    if (request.kind === 'rectified')
      await meetDeadlines(t, { caseId: id, kinds: ['rectification'] }, request.decidedOn);
    await touchCase(t, id, now);
    await recordEvent(t, {
      caseId: id,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      kind: 'outcome',
      note: `${outcomeKindNames[request.kind].zh}（${request.authority}）`,
      details: {
        outcome: request.kind,
        amount: request.amount,
        decidedOn: request.decidedOn,
        authority: request.authority,
      },
    });
    return row!.id;
  });
}
