import { describe, expect, it } from 'vitest';
import { UnknownNameFailures } from './unknown-names';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));

describe('failed sign-ins under unknown user names', () => {
  it('lock a name at the fifth failure in a row, for fifteen minutes, as an account is locked', () => {
    const failures = new UnknownNameFailures({ maxFailures: 5, lockMinutes: 15 });
    const locked = [1, 2, 3, 4, 5].map(() => failures.recordFailure('ghost', at(0)));
    expect(locked).toEqual([false, false, false, false, true]);
    expect(failures.isLocked('ghost', at(14))).toBe(true);
    expect(failures.isLocked('other', at(14))).toBe(false);
    expect(failures.isLocked('ghost', at(15))).toBe(false);
    // Counted again from nothing after the lock, as `recordFailedSignIn` does.
    expect([1, 2, 3, 4].map(() => failures.recordFailure('ghost', at(16)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(failures.recordFailure('ghost', at(16))).toBe(true);
  });

  it('forget the names failed longest ago beyond their capacity', () => {
    const failures = new UnknownNameFailures({ maxFailures: 2, lockMinutes: 15 }, 2);
    failures.recordFailure('a', at(0));
    failures.recordFailure('b', at(0));
    failures.recordFailure('a', at(0)); // a locks, and is now the most recent
    failures.recordFailure('c', at(0)); // b is forgotten
    expect(failures.isLocked('a', at(1))).toBe(true);
    expect(failures.recordFailure('b', at(1))).toBe(false);
  });
});
