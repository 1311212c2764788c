import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * How long a run's lease lasts without a heartbeat. The executing process renews it every second or so; a run
 * `running` whose lease is older than this was left by a process that stopped, and another may take it up.
 */
export const auditLeaseMs = 60_000;

/** The lease owners made in this process: those of its own pid that are not among them belong to an earlier one. */
const ownersOfThisProcess = new Set<string>();

/** A name for one executing process, unique across machines and restarts: host, process id and a random part. */
export function newLeaseOwner(): string {
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  ownersOfThisProcess.add(owner);
  return owner;
}

/**
 * Whether a lease's owner is known to have stopped without waiting for its lease to expire: a process of this
 * machine that no longer runs (killed, crashed), or an earlier process that had this one's pid (a container
 * restarted). An owner on another machine, or a pid that runs — perhaps reused by another program — is not known
 * to have stopped: its lease runs out in `auditLeaseMs`.
 */
export function leaseOwnerGone(owner: string, host = hostname()): boolean {
  const [ownerHost, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (ownerHost !== host || !Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return !ownersOfThisProcess.has(owner);
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * How long the process executing a run may go unheard (about five missed heartbeats) before the run shows as
 * interrupted: the process stopped or crashed, and the run waits for a process to take it up again.
 */
export const heartbeatSilenceMs = 5_000;

/**
 * Since when a `running` run has gone unheard, where it has for longer than `heartbeatSilenceMs`: its last heartbeat,
 * or its last update where a stopping process gave the lease up (no heartbeat). Null for a run being executed or not
 * running.
 */
export function interruptedSince(
  run: { status: string; heartbeatAt: Date | null; updatedAt: Date },
  now: Date,
): Date | null {
  if (run.status !== 'running') return null;
  const lastHeard = run.heartbeatAt ?? run.updatedAt;
  return now.getTime() - lastHeard.getTime() > heartbeatSilenceMs ? lastHeard : null;
}

/** The instant before which a heartbeat counts as expired. */
export const leaseExpiredBefore = (now: Date, leaseMs = auditLeaseMs) => new Date(now.getTime() - leaseMs);
