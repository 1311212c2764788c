import type { Area } from '@gigpact/contracts';
import type { Database } from '../../platform/db/client';
import { AppError, errors } from '../../platform/http/errors';
import type { Actor } from '../../platform/security/actor';
import { authorize, type Policy } from '../../platform/security/policy';
import { findCase, type CaseListed } from './cases.repository';
import { casePolicies, type CaseScope } from './policies';
import type { CaseRow } from './schema';

export function areaOfCase(c: Pick<CaseRow, 'district' | 'street'>): Area {
  return c.street ? { level: 'street', code: c.street } : { level: 'district', code: c.district };
}

export function scopeOf(c: CaseRow): CaseScope {
  return {
    area: areaOfCase(c),
    referredTo: c.referredTo,
    mediatedIn: c.mediatedIn,
    complainantId: c.complainantId,
  };
}

const notFound = () => errors.notFound({ zh: '该案件', en: 'The case' });

/**
 * Loads a case for an action: a case the actor may not even see is "not found" (its existence is not revealed);
 * one the actor sees but may not act on is "forbidden".
 */
export async function caseFor<R = CaseScope>(
  db: Database,
  actor: Actor,
  id: string,
  today: string,
  policy?: Policy<R>,
  resource?: (scope: CaseScope) => R,
): Promise<CaseListed> {
  const found = await findCase(db, id, today);
  if (!found) throw notFound();
  const scope = scopeOf(found.case);
  if (!casePolicies.viewCase(actor, scope)) throw notFound();
  if (policy) authorize(actor, policy, resource ? resource(scope) : (scope as R));
  return found;
}

/**
 * Files on a case (attachments, letters) carry names and contacts that cannot be masked, so they go only to those
 * who see the case unmasked: the same rule as the case page (`casePolicies.seePersonalData`).
 */
export function mayDownloadFilesOf(actor: Actor, c: CaseRow): boolean {
  return casePolicies.seePersonalData(actor, scopeOf(c));
}

export const personalFilesWithheld = () =>
  new AppError('FORBIDDEN', undefined, {
    zh: '该案件的个人信息对您遮蔽，附件和函书文件不能下载',
    en: "This case's personal data is masked for you, so its attachments and letters cannot be downloaded",
  });
