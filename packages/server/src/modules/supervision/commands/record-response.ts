import { letterKindNames } from '@gigpact/contracts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { caseFor } from '../../cases/case-access';
import { recordEvent, touchCase } from '../../cases/cases.repository';
import { meetDeadlines } from '../../cases/deadlines';
import { casePolicies } from '../../cases/policies';
import { findLetter } from '../letters.repository';
import { supervisionLetters, type LetterRow } from '../schema';

/** Records the written answer to a letter (or the authority's case opening), which meets its deadline. */
export async function recordLetterResponse(
  db: Database,
  actor: Actor,
  letterId: string,
  input: { respondedOn: string; response: string },
  today: string,
  now: Date,
): Promise<LetterRow> {
  const letter = await findLetter(db, letterId);
  if (!letter) throw errors.notFound({ zh: '该函书', en: 'The letter' });
  await caseFor(db, actor, letter.caseId, today, casePolicies.handleCase);
  if (letter.respondedOn)
    throw errors.conflict({ zh: '该函书已记录答复', en: 'this letter already has its answer' });
  if (input.respondedOn < letter.issuedOn || input.respondedOn > today) {
    throw errors.validation([
      {
        path: ['respondedOn'],
        zh: '答复日期须在发函日期与今天之间',
        en: 'the answer is dated between the letter and today',
      },
    ]);
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [updated] = await t
      .update(supervisionLetters)
      .set({ respondedOn: input.respondedOn, response: input.response })
      .where(eq(supervisionLetters.id, letterId))
      .returning();
    await meetDeadlines(t, { caseId: letter.caseId, letterId }, input.respondedOn);
    await touchCase(t, letter.caseId, now);
    const late = letter.responseDueOn !== null && input.respondedOn > letter.responseDueOn;
    await recordEvent(t, {
      caseId: letter.caseId,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      kind: 'letter_response',
      note: `${letterKindNames[letter.kind].zh} ${letter.number} 已答复${late ? '（逾期）' : ''}`,
      details: { letterId, kind: letter.kind, number: letter.number, respondedOn: input.respondedOn, late },
    });
    return updated!;
  });
}
