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

/** The instant before which a heartbeat counts as expired. */
export const leaseExpiredBefore = (now: Date, leaseMs = auditLeaseMs) => new Date(now.getTime() - leaseMs);
