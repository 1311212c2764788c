import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import { decoyPasswordHash, verifyPassword } from '../../../platform/security/passwords';
import { randomToken, sha256Hex } from '../../../platform/security/tokens';
import type { UserRow } from '../schema';
import type { UnknownNameFailures } from '../unknown-names';
import { insertSession } from '../sessions.repository';
import { findUserByUsername, recordFailedSignIn, recordSuccessfulSignIn } from '../users.repository';

export const lockoutPolicy = { maxFailures: 5, lockMinutes: 15 } as const;

export interface SignInInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  sessionHours: number;
  now: Date;
}

export type SignInOutcome =
  | { ok: true; user: UserRow; token: string; csrfToken: string; expiresAt: Date }
  | {
      ok: false;
      reason: 'unknown_user' | 'unknown_user_locked' | 'wrong_password' | 'locked' | 'disabled';
      user?: UserRow;
    };

/**
 * Checks the password and opens a session. Five wrong passwords in a row lock the account for 15 minutes; a
 * locked or disabled account is refused even with the right password. A user name of no account is answered as
 * an account would be (`unknownNames`): wrong, then locked at the fifth failure.
 */
export async function signIn(
  db: Database,
  input: SignInInput,
  unknownNames?: UnknownNameFailures,
): Promise<SignInOutcome> {
  const user = await findUserByUsername(db, input.username);
  if (!user) {
    if (unknownNames?.isLocked(input.username, input.now))
      return { ok: false, reason: 'unknown_user_locked' };
    await verifyPassword(await decoyPasswordHash(), input.password);
    const nowLocked = unknownNames?.recordFailure(input.username, input.now) ?? false;
    return { ok: false, reason: nowLocked ? 'unknown_user_locked' : 'unknown_user' };
  }
  if (isLocked(user, input.now)) return { ok: false, reason: 'locked', user };
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const updated = await recordFailedSignIn(db, user.id, lockoutPolicy);
    const nowLocked = updated?.lockedUntil && updated.lockedUntil > input.now;
    return { ok: false, reason: nowLocked ? 'locked' : 'wrong_password', user };
  }
  if (user.disabled) return { ok: false, reason: 'disabled', user };

  await recordSuccessfulSignIn(db, user.id);
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(input.now.getTime() + input.sessionHours * 3_600_000);
  await insertSession(db, {
    tokenHash: sha256Hex(token),
    userId: user.id,
    csrfToken,
    expiresAt,
    ip: input.ip,
    // Whatever a client sends as its user agent is kept, but never a character the database cannot store.
    userAgent: input.userAgent?.replaceAll('\u0000', '').slice(0, 300) ?? null,
  });
  return { ok: true, user, token, csrfToken, expiresAt };
}

export function signInError(reason: Exclude<SignInOutcome, { ok: true }>['reason']) {
  if (reason === 'locked' || reason === 'unknown_user_locked') return errors.accountLocked();
  if (reason === 'disabled') return errors.accountDisabled();
  return errors.invalidCredentials();
}

/** Whether too many failed sign-ins lock the account at `now`. */
export function isLocked(user: Pick<UserRow, 'lockedUntil'>, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now;
}
