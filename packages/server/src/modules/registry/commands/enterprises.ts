import type { Area, EnterpriseInput, FieldIssue } from '@gigpact/contracts';
import type { z } from 'zod';
import type { enterpriseUpdate } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import {
  findEnterprise,
  insertEnterprise,
  updateEnterprise,
  type EnterpriseListed,
} from '../enterprises.repository';
import { findPlatformByCode } from '../platforms.repository';
import { registryPolicies } from '../policies';
import { isKnownDistrict, streetBelongsTo } from '../region-names';

function areaOf(district: string, street: string | null): Area {
  return street ? { level: 'street', code: street } : { level: 'district', code: district };
}

function checkPlace(input: { district: string; street: string | null }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isKnownDistrict(input.district))
    issues.push({ path: ['district'], zh: '区不存在', en: 'no such district' });
  else if (input.street && !streetBelongsTo(input.street, input.district)) {
    issues.push({ path: ['street'], zh: '该区没有这个街镇', en: 'no such street or town in that district' });
  }
  return issues;
}

function checkUnion(input: { unionStatus: string; unionFoundedOn: string | null }): FieldIssue[] {
  if ((input.unionStatus === 'founded') !== (input.unionFoundedOn !== null)) {
    return [
      {
        path: ['unionFoundedOn'],
        zh: '已建会的须填写建会日期，未建会的不填',
        en: 'a founding date is given exactly when the union is founded',
      },
    ];
  }
  return [];
}

/** Registers an enterprise in the actor's area. */
export async function registerEnterprise(
  db: Database,
  actor: Actor,
  input: EnterpriseInput,
): Promise<EnterpriseListed> {
  const issues = [...checkPlace(input), ...checkUnion(input)];
  const platform = await findPlatformByCode(db, input.platformCode);
  if (!platform) issues.push({ path: ['platformCode'], zh: '平台不存在', en: 'no such platform' });
  if (issues.length) throw errors.validation(issues);
  authorize(actor, registryPolicies.changeEnterpriseIn, areaOf(input.district, input.street));
  const { platformCode: _code, ...fields } = input;
  try {
    const created = await insertEnterprise(db, { ...fields, platformId: platform!.id });
    return (await findEnterprise(db, created.id))!;
  } catch (error) {
    if (String((error as { code?: string }).code) === '23505' || /unique/i.test(String(error))) {
      throw errors.conflict({ zh: '统一社会信用代码已登记', en: 'this credit code is already registered' });
    }
    throw error;
  }
}

/** Changes an enterprise the actor may change, if nobody changed it since the version the actor saw. */
export async function changeEnterprise(
  db: Database,
  actor: Actor,
  id: string,
  patch: z.infer<typeof enterpriseUpdate>,
): Promise<EnterpriseListed> {
  const current = await findEnterprise(db, id, actor);
  if (!current) throw errors.notFound({ zh: '该企业', en: 'The enterprise' });
  const e = current.enterprise;
  authorize(actor, registryPolicies.changeEnterpriseIn, areaOf(e.district, e.street));
  const next = {
    district: patch.district ?? e.district,
    street: patch.street !== undefined ? patch.street : e.street,
    unionStatus: patch.unionStatus ?? e.unionStatus,
    unionFoundedOn: patch.unionFoundedOn !== undefined ? patch.unionFoundedOn : e.unionFoundedOn,
  };
  const issues = [...checkPlace(next), ...checkUnion(next)];
  let platformId = e.platformId;
  if (patch.platformCode) {
    const platform = await findPlatformByCode(db, patch.platformCode);
    if (!platform) issues.push({ path: ['platformCode'], zh: '平台不存在', en: 'no such platform' });
    else platformId = platform.id;
  }
  if (issues.length) throw errors.validation(issues);
  authorize(actor, registryPolicies.changeEnterpriseIn, areaOf(next.district, next.street));
  const { version, platformCode: _code, ...fields } = patch;
  const updated = await updateEnterprise(db, id, version, { ...fields, ...next, platformId });
  if (!updated) throw errors.conflict();
  return (await findEnterprise(db, id))!;
}
