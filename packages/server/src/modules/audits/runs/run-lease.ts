import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * How long a run's lease lasts without a heartbeat. The executing process renews it every second or so; a run
 * `running` whose lease is older than this was left by a process that stopped, and another may take it up.
 */
export const auditLeaseMs = 60_000;

/** A name for one executing process, unique across machines and restarts: host, process id and a random part. */
export function newLeaseOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
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
