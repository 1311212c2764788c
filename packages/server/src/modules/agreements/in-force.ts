import { SecondaryAgreementRefused, secondaryInForce, type Agreement } from '@gigpact/rules';
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
 * each replaced by its own clause of the same id, and its own further clauses, within the brand's coverage
 * narrowed by its own (`secondaryInForce`); an agreement without a parent as it is. A parent that cannot be found
 * stops the audit, and so does a secondary agreement that oversteps its brand agreement: a brand clause's rule
 * not kept, a standard lowered, or coverage beyond the brand's (a secondary agreement may only raise the
 * standard, within the brand's platforms, scope and dates).
 */
export async function agreementInForce(agreement: Agreement, parents: ParentSource): Promise<Agreement> {
  if (!agreement.parent) return agreement;
  const parent = await parents(agreement.parent);
  if (!parent)
    throw errors.notFound({
      zh: `协议 ${agreement.id} 的上级协议 ${agreement.parent}`,
      en: `the brand agreement ${agreement.parent} of ${agreement.id}`,
    });
  try {
    return secondaryInForce(agreement, parent);
  } catch (error) {
    // Each way it oversteps its brand agreement (`secondaryAgreementErrors`), as a field issue.
    if (!(error instanceof SecondaryAgreementRefused)) throw error;
    throw errors.validation(error.errors.map((e) => ({ path: e.location.path ?? [], zh: e.zh, en: e.en })));
  }
}
