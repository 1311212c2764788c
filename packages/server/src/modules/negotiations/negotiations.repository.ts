import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { negotiationFollowUps, negotiationMeetings, type FollowUpRow, type MeetingRow } from './schema';

export async function listMeetingsOf(db: Database, agreementId: string): Promise<MeetingRow[]> {
  return db
    .select()
    .from(negotiationMeetings)
    .where(eq(negotiationMeetings.agreementId, agreementId))
    .orderBy(desc(negotiationMeetings.heldOn), desc(negotiationMeetings.createdAt));
}

export async function findMeeting(db: Database, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(negotiationMeetings).where(eq(negotiationMeetings.id, id)).limit(1);
  return row;
}

export async function followUpsOf(db: Database, meetingIds: string[]): Promise<FollowUpRow[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(negotiationFollowUps)
    .where(inArray(negotiationFollowUps.meetingId, meetingIds))
    .orderBy(asc(negotiationFollowUps.meetingId), asc(negotiationFollowUps.position));
}

export async function insertMeeting(
  db: Database,
  row: typeof negotiationMeetings.$inferInsert,
): Promise<MeetingRow> {
  const [inserted] = await db.insert(negotiationMeetings).values(row).returning();
  return inserted!;
}

/** Changes a meeting if it is still at `rowVersion`; undefined when someone changed it first. */
export async function updateMeeting(
  db: Database,
  id: string,
  rowVersion: number,
  patch: Partial<typeof negotiationMeetings.$inferInsert>,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(negotiationMeetings)
    .set({ ...patch, rowVersion: sql`${negotiationMeetings.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(negotiationMeetings.id, id), eq(negotiationMeetings.rowVersion, rowVersion)))
    .returning();
  return row;
}

/** Replaces a meeting's follow-ups with the given list, keeping the ids (and done times) of those kept. */
export async function replaceFollowUps(
  db: Database,
  meetingId: string,
  items: { id?: string | undefined; text: string; owner: string; dueOn: string; done: boolean }[],
  now: Date,
): Promise<void> {
  const before = new Map((await followUpsOf(db, [meetingId])).map((f) => [f.id, f]));
  await db.delete(negotiationFollowUps).where(eq(negotiationFollowUps.meetingId, meetingId));
  if (items.length === 0) return;
  await db.insert(negotiationFollowUps).values(
    items.map((item, position) => {
      const kept = item.id ? before.get(item.id) : undefined;
      return {
        ...(kept ? { id: kept.id } : {}),
        meetingId,
        position,
        text: item.text,
        owner: item.owner,
        dueOn: item.dueOn,
        done: item.done,
        doneAt: item.done ? (kept?.done ? kept.doneAt : now) : null,
      };
    }),
  );
}

export async function setFollowUpDone(
  db: Database,
  meetingId: string,
  followUpId: string,
  done: boolean,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(negotiationFollowUps)
    .set({ done, doneAt: done ? now : null })
    .where(and(eq(negotiationFollowUps.id, followUpId), eq(negotiationFollowUps.meetingId, meetingId)))
    .returning({ id: negotiationFollowUps.id });
  return rows.length > 0;
}
