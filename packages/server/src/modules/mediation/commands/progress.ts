import { caseTransitions, mediationStatusNames } from '@gigpact/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { recordEvent } from '../../cases/cases.repository';
import { cityDate } from '../../../platform/clock';
import { moveCase } from '../../cases/commands/transition';
import { caseOutcomes, cases } from '../../cases/schema';
import type { HolidayCalendar } from '../../cases/working-days/calendar';
import { findRequest } from '../mediation.repository';
import { toFen } from '../money';
import { mediationPolicies } from '../policies';
import { mediationRequests, mediationSessions, type MediationRequestRow } from '../schema';
import { centreArea } from './open-request';

export type OutcomeInput =
  | {
      outcome: 'agreed';
      version: number;
      agreedOn: string;
      amountAgreed: string;
      amountRecovered: string;
      terms: string;
    }
  | {
      outcome: 'failed';
      version: number;
      reason: string;
      handToArbitration: boolean;
      arbitrationBody: string | null;
      handedOffOn: string | null;
    }
  | { outcome: 'withdrawn'; version: number; reason: string };

async function requestFor(db: Database, actor: Actor, id: string) {
  const found = await findRequest(db, actor, id);
  if (!found) throw errors.notFound({ zh: '该调解申请', en: 'The mediation request' });
  authorize(actor, mediationPolicies.mediateIn, centreArea(found.centre));
  return found;
}

const open = (r: MediationRequestRow) => r.status === 'requested' || r.status === 'scheduled';

/** Records a sitting of the mediation; the first one moves the request into mediation. */
export async function recordSession(
  db: Database,
  actor: Actor,
  id: string,
  input: { heldAt: string; place: string; notes: string | null },
  now: Date,
) {
  const { request } = await requestFor(db, actor, id);
  if (!open(request)) throw errors.conflict({ zh: '该调解已结束', en: 'this mediation has ended' });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await t.insert(mediationSessions).values({
      requestId: id,
      heldAt: new Date(input.heldAt),
      place: input.place,
      notes: input.notes,
      mediatorId: actor.id,
    });
    await t
      .update(mediationRequests)
      .set({ status: 'scheduled', version: sql`${mediationRequests.version} + 1`, updatedAt: now })
      .where(eq(mediationRequests.id, id));
  });
}

function amountsIssue(input: Extract<OutcomeInput, { outcome: 'agreed' }>, claimed: string | null) {
  if (toFen(input.amountRecovered) > toFen(input.amountAgreed)) {
    return { path: ['amountRecovered'], zh: '已履行金额不能超过协议金额', en: 'more recovered than agreed' };
  }
  if (claimed !== null && toFen(input.amountAgreed) > toFen(claimed)) {
    return { path: ['amountAgreed'], zh: '协议金额不能超过申请金额', en: 'more agreed than claimed' };
  }
  return undefined;
}

/** The name used when the applicant does not name a tribunal. */
export const defaultArbitrationBody = '劳动人事争议仲裁委员会';

/**
 * Ends a mediation: in an agreement (with the amounts agreed and already paid), in failure (handed to labour
 * arbitration unless the applicant declines), or withdrawn. The case it came from, if any, hears of it; a case
 * handed to arbitration moves on to resolution, where another body now decides it.
 */
export async function recordMediationOutcome(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  id: string,
  input: OutcomeInput,
  today: string,
  now: Date,
): Promise<MediationRequestRow> {
  const { request, centre } = await requestFor(db, actor, id);
  if (!open(request)) throw errors.conflict({ zh: '该调解已结束', en: 'this mediation has ended' });
  if (input.outcome === 'agreed') {
    const issue = amountsIssue(input, request.amountClaimed);
    if (issue) throw errors.validation([issue]);
  }
  const handedOff = input.outcome === 'failed' && input.handToArbitration;
  if (
    handedOff &&
    input.handedOffOn &&
    (input.handedOffOn > today || input.handedOffOn < cityDate(request.createdAt))
  ) {
    throw errors.validation([
      {
        path: ['handedOffOn'],
        zh: '移交日期须在申请之后、今天之前',
        en: 'the hand-off is dated between the request and today',
      },
    ]);
  }
  const patch =
    input.outcome === 'agreed'
      ? {
          status: 'agreed' as const,
          agreedOn: input.agreedOn,
          amountAgreed: input.amountAgreed,
          amountRecovered: input.amountRecovered,
          terms: input.terms,
        }
      : input.outcome === 'failed'
        ? {
            status: input.handToArbitration ? ('arbitration' as const) : ('failed' as const),
            outcomeNote: input.reason,
            arbitrationBody: input.handToArbitration
              ? (input.arbitrationBody ?? defaultArbitrationBody)
              : null,
            handedOffOn: input.handToArbitration ? (input.handedOffOn ?? today) : null,
          }
        : { status: 'withdrawn' as const, outcomeNote: input.reason };
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [updated] = await t
      .update(mediationRequests)
      .set({
        ...patch,
        mediatorId: request.mediatorId ?? actor.id,
        version: sql`${mediationRequests.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(mediationRequests.id, id), eq(mediationRequests.version, input.version)))
      .returning();
    if (!updated) throw errors.conflict();
    if (request.caseId) {
      if (input.outcome === 'agreed' && toFen(input.amountRecovered) > 0n) {
        await t.insert(caseOutcomes).values({
          caseId: request.caseId,
          kind: 'amount_recovered',
          decidedOn: input.agreedOn,
          authority: '调解中心',
          amount: input.amountRecovered,
          note: `调解协议 ${request.number}`,
          recordedBy: actor.id,
          recordedAt: now,
        });
      }
      const details = {
        requestId: id,
        number: request.number,
        centreId: centre.id,
        centreName: centre.name,
        status: updated.status,
        amountClaimed: updated.amountClaimed,
        amountAgreed: updated.amountAgreed,
        amountRecovered: updated.amountRecovered,
        reason: updated.outcomeNote,
        arbitrationBody: updated.arbitrationBody,
        handedOffOn: updated.handedOffOn,
      };
      if (updated.status === 'arbitration') {
        await handCaseToArbitration(t, calendar, actor, request.caseId, updated, details, today, now);
      } else {
        await recordEvent(t, {
          caseId: request.caseId,
          at: now,
          actorId: actor.id,
          actorName: actor.displayName,
          kind: 'mediation_outcome',
          note: `${request.number}: ${mediationStatusNames[updated.status].zh}`,
          details,
        });
      }
    }
    return updated;
  });
}

/**
 * The case of a mediation handed to arbitration: the hand-off goes on its timeline (tribunal, date, amounts), and
 * the case moves to resolution when its workflow permits, since the tribunal now decides the dispute.
 */
async function handCaseToArbitration(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  caseId: string,
  request: MediationRequestRow,
  details: Record<string, unknown>,
  today: string,
  now: Date,
): Promise<void> {
  await recordEvent(db, {
    caseId,
    at: now,
    actorId: actor.id,
    actorName: actor.displayName,
    kind: 'arbitration_handoff',
    note: `${request.number}: 调解不成，移交${request.arbitrationBody ?? defaultArbitrationBody}`,
    details,
  });
  const [current] = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!current || !caseTransitions[current.status].includes('resolution')) return;
  await moveCase(
    db,
    calendar,
    actor,
    current,
    {
      to: 'resolution',
      version: current.version,
      // The hand-off step just recorded says why, in the reader's language.
      note: null,
    },
    today,
    now,
  );
}
