import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { heartbeatSilenceMs, interruptedSince, leaseOwnerGone, newLeaseOwner } from './run-lease';

describe('interruptedSince', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('is null while the executing process is heard, and its last heartbeat once it has gone silent', () => {
    const updatedAt = ago(3_600_000);
    expect(interruptedSince({ status: 'running', heartbeatAt: ago(1_000), updatedAt }, now)).toBeNull();
    expect(
      interruptedSince({ status: 'running', heartbeatAt: ago(heartbeatSilenceMs), updatedAt }, now),
    ).toBeNull();
    expect(
      interruptedSince({ status: 'running', heartbeatAt: ago(heartbeatSilenceMs + 1), updatedAt }, now),
    ).toEqual(ago(heartbeatSilenceMs + 1));
  });

  it('counts a lease given up by a stopping process from the run’s last update', () => {
    expect(interruptedSince({ status: 'running', heartbeatAt: null, updatedAt: ago(60_000) }, now)).toEqual(
      ago(60_000),
    );
    expect(interruptedSince({ status: 'running', heartbeatAt: null, updatedAt: ago(1_000) }, now)).toBeNull();
  });

  it('is null for a run not running, however long ago it was heard', () => {
    for (const status of ['queued', 'succeeded', 'failed', 'cancelled'])
      expect(
        interruptedSince({ status, heartbeatAt: ago(600_000), updatedAt: ago(600_000) }, now),
      ).toBeNull();
  });
});

describe('leaseOwnerGone', () => {
  const host = hostname();
  /** The pid of a process that ran and ended. */
  const endedPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

  it('knows a process of this machine that no longer runs, or an earlier one that had this pid, has stopped', () => {
    expect(leaseOwnerGone(`${host}:${endedPid()}:a1b2c3d4`)).toBe(true);
    expect(leaseOwnerGone(`${host}:${process.pid}:earlier0`)).toBe(true);
  });

  it('does not know it of a process that runs, of this one, of another machine or of a name it cannot read', () => {
    expect(leaseOwnerGone(newLeaseOwner())).toBe(false);
    expect(leaseOwnerGone(`${host}:${process.ppid}:a1b2c3d4`)).toBe(false);
    expect(leaseOwnerGone(`other-${host}:${endedPid()}:a1b2c3d4`)).toBe(false);
    for (const unreadable of [`${host}`, `${host}:x:1`, `${host}:0:1`, `${host}:-4:1`, ''])
      expect(leaseOwnerGone(unreadable)).toBe(false);
  });
});
