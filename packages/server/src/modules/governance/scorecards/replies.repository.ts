import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { users } from '../../accounts/schema';
import { scorecardReplies, type ScorecardReplyRow } from '../schema';

export async function insertReply(
  db: Database,
  row: typeof scorecardReplies.$inferInsert,
): Promise<ScorecardReplyRow> {
  const [inserted] = await db.insert(scorecardReplies).values(row).returning();
  return inserted!;
}

/**
 * Every reply, oldest first, `authorName` the display name the representative's account has now (the name
 * stored with the reply when no account is linked): a reply stored with the login name reads as the others do.
 */
export async function listReplies(db: Database): Promise<ScorecardReplyRow[]> {
  return db
    .select({
      ...getTableColumns(scorecardReplies),
      authorName: sql<string>`coalesce(${users.displayName}, ${scorecardReplies.authorName})`,
    })
    .from(scorecardReplies)
    .leftJoin(users, eq(users.id, scorecardReplies.authorId))
    .orderBy(asc(scorecardReplies.createdAt));
}
