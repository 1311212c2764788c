import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import { lettersOf } from '../../supervision/letters.repository';
import { attachmentsOf } from '../attachments/attachments';
import { caseFor, scopeOf } from '../case-access';
import { deadlinesOf, eventsOf } from '../cases.repository';
import { casePolicies } from '../policies';
import { caseOutcomes } from '../schema';

/** Everything the case page shows, for an actor who may see the case. */
export async function viewCase(db: Database, actor: Actor, id: string, today: string) {
  const found = await caseFor(db, actor, id, today);
  const [events, deadlines, letters, outcomes, attachments] = await Promise.all([
    eventsOf(db, id),
    deadlinesOf(db, id),
    lettersOf(db, id),
    db.select().from(caseOutcomes).where(eq(caseOutcomes.caseId, id)).orderBy(asc(caseOutcomes.decidedOn)),
    attachmentsOf(db, id),
  ]);
  return {
    ...found,
    events,
    deadlines,
    letters,
    outcomes,
    attachments,
    showPersonalData: casePolicies.seePersonalData(actor, scopeOf(found.case)),
  };
}
export type CaseView = Awaited<ReturnType<typeof viewCase>>;
