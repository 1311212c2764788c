import type { MediationStatus } from '@gigpact/contracts';
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import type { Actor } from '../../platform/security/actor';
import { withinArea } from '../registry/scope';
import { users } from '../accounts/schema';
import {
  mediationCentreMediators,
  mediationCentres,
  mediationRequests,
  mediationSessions,
  type MediationCentreRow,
  type MediationRequestRow,
} from './schema';

export interface RequestListed {
  request: MediationRequestRow;
  centre: MediationCentreRow;
}

const inArea = (actor: Actor): SQL => withinArea(actor, mediationCentres.district, mediationCentres.street);

export async function listCentres(db: Database, actor: Actor): Promise<MediationCentreRow[]> {
  return db
    .select()
    .from(mediationCentres)
    .where(
      actor.area.level === 'street'
        ? eq(mediationCentres.district, actor.area.code.slice(0, 6))
        : inArea(actor),
    )
    .orderBy(asc(mediationCentres.district), asc(mediationCentres.name));
}

/** The mediators seated at each of the given centres. */
export async function mediatorsOf(db: Database, centreIds: string[]) {
  if (centreIds.length === 0) return [];
  return db
    .select({ centreId: mediationCentreMediators.centreId, id: users.id, displayName: users.displayName })
    .from(mediationCentreMediators)
    .innerJoin(users, eq(users.id, mediationCentreMediators.userId))
    .where(inArray(mediationCentreMediators.centreId, centreIds))
    .orderBy(asc(users.displayName));
}

export async function findCentre(db: Database, id: string): Promise<MediationCentreRow | undefined> {
  const [row] = await db.select().from(mediationCentres).where(eq(mediationCentres.id, id)).limit(1);
  return row;
}

export async function listRequests(
  db: Database,
  actor: Actor,
  query: {
    page: number;
    pageSize: number;
    status?: MediationStatus | undefined;
    centreId?: string | undefined;
  },
): Promise<{ items: RequestListed[]; total: number }> {
  const where = and(
    inArea(actor),
    query.status ? eq(mediationRequests.status, query.status) : undefined,
    query.centreId ? eq(mediationRequests.centreId, query.centreId) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select({ request: mediationRequests, centre: mediationCentres })
      .from(mediationRequests)
      .innerJoin(mediationCentres, eq(mediationCentres.id, mediationRequests.centreId))
      .where(where)
      .orderBy(desc(mediationRequests.updatedAt), asc(mediationRequests.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(mediationRequests)
      .innerJoin(mediationCentres, eq(mediationCentres.id, mediationRequests.centreId))
      .where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/** One request, if its centre lies in the actor's area. */
export async function findRequest(
  db: Database,
  actor: Actor,
  id: string,
): Promise<RequestListed | undefined> {
  const [row] = await db
    .select({ request: mediationRequests, centre: mediationCentres })
    .from(mediationRequests)
    .innerJoin(mediationCentres, eq(mediationCentres.id, mediationRequests.centreId))
    .where(and(eq(mediationRequests.id, id), inArea(actor)))
    .limit(1);
  return row;
}

export async function sessionsOf(db: Database, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(mediationSessions)
    .where(inArray(mediationSessions.requestId, requestIds))
    .orderBy(asc(mediationSessions.heldAt));
}
