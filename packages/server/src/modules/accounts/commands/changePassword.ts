import type { Database } from '../../../platform/db/client';
import { AppError, errors } from '../../../platform/http/errors';
import { hashPassword, verifyPassword } from '../../../platform/security/passwords';
import { checkPasswordRules } from '../password-rules';
import { deleteOtherSessionsOfUser } from '../sessions.repository';
import { findUserById, recordFailedSignIn, setPasswordHash } from '../users.repository';
import { isLocked, lockoutPolicy } from './signIn';

export interface ChangePasswordInput {
  userId: string;
  currentPassword: string;
  newPassword: string;
  /** The session the change is made in: it stays; the user's other sessions end. */
  sessionTokenHash: string;
  now: Date;
}

/**
 * A signed-in user changes their own password, proving it is them with the current one. A wrong current password
 * counts as a failed sign-in (five lock the account, as at sign-in), so a session left open is no way to guess
 * it; a locked account changes nothing. On success every other session of the user ends.
 */
export async function changeOwnPassword(db: Database, input: ChangePasswordInput): Promise<void> {
  const user = await findUserById(db, input.userId);
  if (!user || user.disabled) throw errors.unauthenticated();
  if (isLocked(user, input.now)) throw errors.accountLocked();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const updated = await recordFailedSignIn(db, user.id, lockoutPolicy);
    if (updated && isLocked(updated, input.now)) throw errors.accountLocked();
    throw wrongCurrentPassword();
  }
  checkPasswordRules(input.newPassword, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw errors.validation([
      {
        path: ['newPassword'],
        zh: '新密码不能与当前密码相同',
        en: 'the new password must differ from the current one',
      },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await setPasswordHash(tx as unknown as Database, user.id, passwordHash);
    await deleteOtherSessionsOfUser(tx as unknown as Database, user.id, input.sessionTokenHash);
  });
}

const wrongCurrentPassword = () =>
  errors.validation([
    { path: ['currentPassword'], zh: '当前密码不正确', en: 'the current password is wrong' },
  ]);

/** Why a change was refused, when it is a failure to prove who the user is: worth the audit log. */
export function changeFailureReason(error: unknown): 'wrong_password' | 'locked' | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.code === 'ACCOUNT_LOCKED') return 'locked';
  return error.issues?.some((issue) => issue.path[0] === 'currentPassword') ? 'wrong_password' : undefined;
}
