import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import { decoyPasswordHash, verifyPassword } from '../../../platform/security/passwords';
import { randomToken, sha256Hex } from '../../../platform/security/tokens';
import type { UserRow } from '../schema';
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
  | { ok: false; reason: 'unknown_user' | 'wrong_password' | 'locked' | 'disabled'; user?: UserRow };

/**
 * Checks the password and opens a session. Five wrong passwords in a row lock the account for 15 minutes; a
 * locked or disabled account is refused even with the right password.
 */
export async function signIn(db: Database, input: SignInInput): Promise<SignInOutcome> {
  const user = await findUserByUsername(db, input.username);
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    return { ok: false, reason: 'unknown_user' };
  }
  if (user.lockedUntil && user.lockedUntil > input.now) return { ok: false, reason: 'locked', user };
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
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { ok: true, user, token, csrfToken, expiresAt };
}

export function signInError(reason: Exclude<SignInOutcome, { ok: true }>['reason']) {
  if (reason === 'locked') return errors.accountLocked();
  if (reason === 'disabled') return errors.accountDisabled();
  return errors.invalidCredentials();
}
