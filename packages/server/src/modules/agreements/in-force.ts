import { clausesInForce, loweredStandards, type Agreement } from '@gigpact/rules';
import type { Database } from '../../platform/db/client';
import { errors } from '../../platform/http/errors';
import { findAgreement, findVersion } from './agreements.repository';

/** Where a secondary agreement's brand agreement is read: stored, or (on the command line) a file beside it. */
export type ParentSource = (id: string) => Promise<Agreement | undefined>;

/** The stored brand agreement of that id, at its current version. */
export const storedParent =
  (db: Database): ParentSource =>
  async (id) => {
    const parent = await findAgreement(db, id);
    return parent && (await findVersion(db, id, parent.currentVersion))?.document;
  };

/**
 * The agreement as an audit checks it: a secondary (franchisee) agreement binds the brand agreement's clauses,
 * each replaced by its own clause of the same id, and its own further clauses (`clausesInForce`), all within its
 * own coverage; an agreement without a parent as it is. A parent that cannot be found stops the audit, and so
 * does a clause that sets a parameter below the brand agreement's standard (a secondary agreement may only
 * raise it).
 */
export async function agreementInForce(agreement: Agreement, parents: ParentSource): Promise<Agreement> {
  if (!agreement.parent) return agreement;
  const parent = await parents(agreement.parent);
  if (!parent)
    throw errors.notFound({
      zh: `协议 ${agreement.id} 的上级协议 ${agreement.parent}`,
      en: `the brand agreement ${agreement.parent} of ${agreement.id}`,
    });
  const lowered = loweredStandards(agreement, parent);
  if (lowered.length)
    throw errors.validation(
      lowered.map(({ clauseId, param, value, brandValue }) => ({
        path: ['clauses', agreement.clauses.findIndex((c) => c.id === clauseId), 'params', param],
        zh: `条款 ${clauseId} 的 ${param} 为 ${value}，低于上级协议 ${parent.id} 的标准 ${brandValue}（二次协商协议只能提高标准）`,
        en: `clause ${clauseId} sets ${param} to ${value}, below the standard of the brand agreement ${parent.id} (${brandValue}): a secondary agreement may only raise it`,
      })),
    );
  return { ...agreement, clauses: clausesInForce(agreement, parent) };
}
