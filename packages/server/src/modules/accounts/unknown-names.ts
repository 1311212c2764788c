/**
 * Failed sign-ins under user names that belong to no account, counted as an account's are (`recordFailedSignIn`):
 * the `maxFailures`-th in a row locks the name for `lockMinutes`, and a locked name is refused without a look at
 * the password. So five tries answer alike whether the account exists or not, and no account is created to do it.
 *
 * Kept in memory, per process, for the `capacity` names failed most recently: unlike an account's, a name's count
 * does not survive a restart and is not shared between servers on one PostgreSQL database.
 */
export class UnknownNameFailures {
  private readonly names = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(
    private readonly policy: { maxFailures: number; lockMinutes: number },
    private readonly capacity = 10_000,
  ) {}

  isLocked(username: string, now: Date): boolean {
    return (this.names.get(username)?.lockedUntil ?? 0) > now.getTime();
  }

  /** Counts a failure; returns whether the name is locked by it. */
  recordFailure(username: string, now: Date): boolean {
    const entry = this.names.get(username) ?? { failures: 0, lockedUntil: 0 };
    // Re-inserted, so the names failed longest ago are the first forgotten.
    this.names.delete(username);
    const failures = entry.failures + 1;
    const locks = failures >= this.policy.maxFailures;
    this.names.set(username, {
      failures: locks ? 0 : failures,
      lockedUntil: locks ? now.getTime() + this.policy.lockMinutes * 60_000 : entry.lockedUntil,
    });
    if (this.names.size > this.capacity) {
      const oldest = this.names.keys().next().value;
      if (oldest !== undefined) this.names.delete(oldest);
    }
    return locks;
  }
}
