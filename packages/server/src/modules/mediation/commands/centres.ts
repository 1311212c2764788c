import type { FieldIssue } from '@gigpact/contracts';
import { parseArea } from '@gigpact/contracts';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { users } from '../../accounts/schema';
import { isKnownDistrict, streetBelongsTo } from '../../registry/region-names';
import { findCentre } from '../mediation.repository';
import { mediationPolicies } from '../policies';
import { mediationCentreMediators, mediationCentres, type MediationCentreRow } from '../schema';

export interface CentreInput {
  name: string;
  district: string;
  street: string | null;
  address: string;
  phone: string;
}

/** Opens a mediation centre in the actor's area. */
export async function openCentre(
  db: Database,
  actor: Actor,
  input: CentreInput,
): Promise<MediationCentreRow> {
  const issues: FieldIssue[] = [];
  if (!isKnownDistrict(input.district))
    issues.push({ path: ['district'], zh: '区不存在', en: 'no such district' });
  else if (input.street && !streetBelongsTo(input.street, input.district)) {
    issues.push({ path: ['street'], zh: '该区没有这个街镇', en: 'no such street or town in that district' });
  }
  if (issues.length) throw errors.validation(issues);
  authorize(actor, mediationPolicies.manageCentresIn, { level: 'district', code: input.district });
  try {
    const [created] = await db.insert(mediationCentres).values(input).returning();
    return created!;
  } catch (error) {
    if (String((error as { code?: string }).code) === '23505' || /unique/i.test(String(error))) {
      throw errors.conflict({ zh: '已有同名调解中心', en: 'a centre of that name exists' });
    }
    throw error;
  }
}

/** Seats a mediator at a centre: a user with the mediator role whose area is the centre's district. */
export async function seatMediator(
  db: Database,
  actor: Actor,
  centreId: string,
  username: string,
): Promise<void> {
  const centre = await findCentre(db, centreId);
  if (!centre) throw errors.notFound({ zh: '该调解中心', en: 'The mediation centre' });
  authorize(actor, mediationPolicies.manageCentresIn, { level: 'district', code: centre.district });
  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  const area = user ? parseArea(user.area) : undefined;
  if (!user || user.role !== 'mediator' || area?.level !== 'district' || area.code !== centre.district) {
    throw errors.validation([
      {
        path: ['username'],
        zh: '须为该区的调解员账户',
        en: "the account must be a mediator of the centre's district",
      },
    ]);
  }
  await db.insert(mediationCentreMediators).values({ centreId, userId: user.id }).onConflictDoNothing();
}
