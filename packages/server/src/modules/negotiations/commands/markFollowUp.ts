import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { knownArea } from '../meeting-area';
import { setFollowUpDone, updateMeeting } from '../negotiations.repository';
import { negotiationPolicies } from '../policies';
import type { MeetingRow } from '../schema';

/** Marks one follow-up of a meeting done (or open again); the meeting's row version moves with it. */
export async function markFollowUp(
  db: Database,
  actor: Actor,
  meeting: MeetingRow,
  followUpId: string,
  change: { done: boolean; rowVersion: number },
  now: Date,
): Promise<MeetingRow> {
  authorize(actor, negotiationPolicies.recordMeetingIn, knownArea(meeting.regionCode));
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const updated = await updateMeeting(t, meeting.id, change.rowVersion, {
      updatedBy: actor.id,
      updatedByName: actor.displayName,
    });
    if (!updated) throw errors.conflict();
    if (!(await setFollowUpDone(t, meeting.id, followUpId, change.done, now)))
      throw errors.notFound({ zh: '该跟进事项', en: 'The follow-up' });
    return updated;
  });
}
