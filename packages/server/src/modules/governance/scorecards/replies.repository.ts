import { asc } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { scorecardReplies, type ScorecardReplyRow } from '../schema';

export async function insertReply(
  db: Database,
  row: typeof scorecardReplies.$inferInsert,
): Promise<ScorecardReplyRow> {
  const [inserted] = await db.insert(scorecardReplies).values(row).returning();
  return inserted!;
}

export async function listReplies(db: Database): Promise<ScorecardReplyRow[]> {
  return db.select().from(scorecardReplies).orderBy(asc(scorecardReplies.createdAt));
}
