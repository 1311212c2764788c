import { formatArea, letterKindNames, type LetterInput, type LetterKind } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { caseFor } from '../../cases/case-access';
import { recordEvent, touchCase } from '../../cases/cases.repository';
import { openDeadline, periods } from '../../cases/deadlines';
import { allocateNumber, documentNumber } from '../../cases/numbering';
import { casePolicies } from '../../cases/policies';
import type { HolidayCalendar } from '../../cases/working-days/calendar';
import { insertLetter } from '../letters.repository';
import { supervisionLetters, type LetterRow } from '../schema';
import { eq } from 'drizzle-orm';

const series: Record<LetterKind, string> = {
  reminder: '劳监提',
  opinion: '劳监意',
  recommendation: '劳监建',
};

/** The statutory period of each letter, in working days; a reminder's is what the officer asks for. */
export function responsePeriod(kind: LetterKind, asked: number | null): number | null {
  if (kind === 'opinion') return periods.opinionAnswer;
  if (kind === 'recommendation') return periods.recommendationCaseOpening;
  return asked;
}

/**
 * Issues a supervision letter on a case under supervision (or referred): numbered in the issuing office's series
 * for the year inside the transaction, with its answer period opened as a deadline.
 */
export async function issueLetter(
  db: Database,
  calendar: HolidayCalendar,
  actor: Actor,
  caseId: string,
  input: LetterInput,
  today: string,
  now: Date,
): Promise<LetterRow> {
  const found = await caseFor(db, actor, caseId, today, casePolicies.issueLetter, (scope) => ({
    scope,
    kind: input.kind,
  }));
  if (!['supervision', 'referral', 'resolution'].includes(found.case.status)) {
    throw errors.validation([
      {
        path: ['kind'],
        zh: '请先将案件转入“劳动法律监督”再制发函书',
        en: 'move the case to supervision before issuing letters',
      },
    ]);
  }
  const office = formatArea(actor.area);
  const year = Number(today.slice(0, 4));
  const workingDays = responsePeriod(input.kind, input.responseWorkingDays);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const sequence = await allocateNumber(t, office, series[input.kind], year);
    const letter = await insertLetter(t, {
      caseId,
      kind: input.kind,
      number: documentNumber(office, series[input.kind], year, sequence),
      issuingOffice: office,
      year,
      sequence,
      recipient: input.recipient,
      facts: input.facts,
      requests: input.requests,
      issuedOn: today,
      issuedBy: actor.id,
      issuedAt: now,
    });
    let issued = letter;
    if (workingDays) {
      const deadline = await openDeadline(t, calendar, {
        caseId,
        kind: input.kind === 'recommendation' ? 'case_opening' : 'letter_response',
        letterId: letter.id,
        startsOn: today,
        workingDays,
      });
      const [withDue] = await t
        .update(supervisionLetters)
        .set({ responseDueOn: deadline.dueOn })
        .where(eq(supervisionLetters.id, letter.id))
        .returning();
      issued = withDue!;
    }
    await touchCase(t, caseId, now);
    await recordEvent(t, {
      caseId,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      kind: 'letter',
      note: `${letterKindNames[input.kind].zh} ${issued.number}`,
      details: {
        letterId: issued.id,
        kind: input.kind,
        number: issued.number,
        responseDueOn: issued.responseDueOn,
      },
    });
    return issued;
  });
}
