import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import { hashPassword } from '../../../platform/security/passwords';
import { recordAudit } from '../../audit-log/audit-log.repository';
import { checkPasswordRules } from '../password-rules';
import type { UserRow } from '../schema';
import { deleteSessionsOfUser } from '../sessions.repository';
import { findUserByUsername, setPasswordHash } from '../users.repository';
import { isLocked } from './signIn';

/**
 * Gives `user` a new password set by someone else (the city administrator, or the operator at the command line):
 * every session of the user ends, and a lockout is lifted. The caller writes the audit entry.
 */
export async function resetPassword(db: Database, user: UserRow, password: string): Promise<UserRow> {
  checkPasswordRules(password, 'newPassword');
  const passwordHash = await hashPassword(password);
  const updated = await db.transaction(async (tx) => {
    const row = await setPasswordHash(tx as unknown as Database, user.id, passwordHash);
    await deleteSessionsOfUser(tx as unknown as Database, user.id);
    return row;
  });
  if (!updated) throw errors.notFound({ zh: '该账户', en: 'The account' });
  return updated;
}

/**
 * `gigpact user set-password`: the operator sets the password of the account named `username`, which ends its
 * sessions and lifts a lockout. Written to the audit log with no actor (the system), as done at the command line.
 */
export async function setPasswordByUsername(
  db: Database,
  username: string,
  password: string,
): Promise<UserRow> {
  const user = await findUserByUsername(db, username.trim());
  if (!user) throw errors.notFound({ zh: `账户 ${username}`, en: `the account ${username}` });
  const updated = await resetPassword(db, user, password);
  await recordAudit(db, {
    actorId: null,
    actorUsername: null,
    action: 'user.password_reset',
    subject: `user:${updated.username}`,
    details: { via: 'command line', sessionsEnded: true, wasLocked: isLocked(user, new Date()) },
  });
  return updated;
}
