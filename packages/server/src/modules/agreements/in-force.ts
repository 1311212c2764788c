import type { FieldIssue } from '@gigpact/contracts';
import { clausesInForce, describeLoweredStandard, loweredStandards, type Agreement } from '@gigpact/rules';
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
  const lowered = loweredStandardIssues(agreement, parent);
  if (lowered.length) throw errors.validation(lowered);
  return { ...agreement, clauses: clausesInForce(agreement, parent) };
}

/** Each parameter a secondary agreement sets below its brand agreement's standard, as a field issue. */
export function loweredStandardIssues(
  agreement: Agreement,
  parent: Agreement,
  prefix: (string | number)[] = [],
): FieldIssue[] {
  return loweredStandards(agreement, parent).map((lowered) => ({
    path: [
      ...prefix,
      'clauses',
      agreement.clauses.findIndex((c) => c.id === lowered.clauseId),
      'params',
      lowered.param,
    ],
    ...describeLoweredStandard(lowered, parent.id),
  }));
}
