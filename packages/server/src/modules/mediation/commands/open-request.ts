import type { CaseType } from '@gigpact/contracts';
import { formatArea } from '@gigpact/contracts';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { caseFor } from '../../cases/case-access';
import { recordEvent } from '../../cases/cases.repository';
import { allocateNumber, documentNumber } from '../../cases/numbering';
import { casePolicies } from '../../cases/policies';
import { cases } from '../../cases/schema';
import { findCentre } from '../mediation.repository';
import { isSmallClaim } from '../money';
import { mediationPolicies } from '../policies';
import { mediationRequests, type MediationCentreRow, type MediationRequestRow } from '../schema';

export interface RequestInput {
  centreId: string;
  caseId: string | null;
  applicantName: string;
  applicantPhone: string;
  respondentName: string;
  claimType: CaseType;
  amountClaimed: string | null;
  description: string;
}

export const centreArea = (c: MediationCentreRow) =>
  c.street ? { level: 'street' as const, code: c.street } : { level: 'district' as const, code: c.district };

/** The centre a request goes to, if the actor may mediate there. */
export async function centreFor(db: Database, actor: Actor, centreId: string): Promise<MediationCentreRow> {
  const centre = await findCentre(db, centreId);
  if (!centre)
    throw errors.validation([{ path: ['centreId'], zh: '调解中心不存在', en: 'no such mediation centre' }]);
  authorize(actor, mediationPolicies.mediateIn, { level: 'district', code: centre.district });
  return centre;
}

/**
 * Opens a mediation request inside the caller's transaction, numbered per district and year. From a case, the
 * case's mediators (of the centre's district) see the case from now on, and its timeline says so.
 */
export async function insertRequest(
  db: Database,
  actor: Actor,
  centre: MediationCentreRow,
  input: RequestInput,
  today: string,
  now: Date,
): Promise<MediationRequestRow> {
  const office = formatArea({ level: 'district', code: centre.district });
  const year = Number(today.slice(0, 4));
  const sequence = await allocateNumber(db, office, 'mediation', year);
  const [created] = await db
    .insert(mediationRequests)
    .values({
      ...input,
      number: documentNumber(office, '调', year, sequence),
      smallClaim: isSmallClaim(input.claimType, input.amountClaimed),
      mediatorId: actor.role === 'mediator' ? actor.id : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (input.caseId) {
    await db
      .update(cases)
      .set({ mediatedIn: centre.district, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, input.caseId));
    await recordEvent(db, {
      caseId: input.caseId,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      kind: 'mediation_request',
      note: `${centre.name} ${created!.number}`,
      details: { requestId: created!.id, centreId: centre.id },
    });
  }
  return created!;
}

/** A request from a case (by an officer handling it) or from a walk-in. */
export async function openRequest(
  db: Database,
  actor: Actor,
  input: RequestInput,
  today: string,
  now: Date,
): Promise<MediationRequestRow> {
  const centre = await centreFor(db, actor, input.centreId);
  if (input.caseId) await caseFor(db, actor, input.caseId, today, casePolicies.handleCase);
  return db.transaction((tx) => insertRequest(tx as unknown as Database, actor, centre, input, today, now));
}
