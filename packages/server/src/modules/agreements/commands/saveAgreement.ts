import type { FieldIssue } from '@gigpact/contracts';
import {
  checkAgreement,
  secondaryAgreementErrors,
  type Agreement,
  type Locate,
  type RuleError,
} from '@gigpact/rules';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { registeredPlatformCodes } from '../../registry/platforms.repository';
import { platformsOf, unregisteredPlatforms } from './platforms-named';
import { findAgreement, insertAgreement, insertVersion, updateAgreement } from '../agreements.repository';
import { storedParent } from '../in-force';
import type { AgreementRow } from '../schema';

export interface SaveAgreementInput {
  source: string;
  summary: string;
  rowVersion?: number | undefined;
}

/**
 * Reads and checks an agreement document: structure against the schema, then every clause's rule and parameters.
 * Refused with every problem found at once (`checkAgreement`), each issue at its line.
 */
export function checkAgreementSource(source: string, fileName = 'agreement.yaml'): Agreement {
  return checkedSource(source, fileName).agreement;
}

/** The checked agreement (`checkAgreementSource`) and where each path of its document is. */
function checkedSource(source: string, fileName: string): { agreement: Agreement; locate: Locate } {
  const { problems, agreement, locate } = checkAgreement(source, fileName);
  if (problems.length > 0 || !agreement || !locate) throw errors.validation(problems.map(issueOf));
  return { agreement, locate };
}

function issueOf(error: RuleError): FieldIssue {
  const { line, column, path } = error.location;
  const at = line ? `第 ${line} 行${column ? `第 ${column} 列` : ''}` : '';
  const atEn = line ? `line ${line}${column ? `, column ${column}` : ''}` : '';
  const where = path?.length ? path.join('.') : '';
  return {
    path: ['source', ...(path ?? [])],
    zh: [at, where, error.zh].filter(Boolean).join('，'),
    en: [atEn, where, error.en].filter(Boolean).join(': '),
  };
}

/**
 * Stores an agreement document as a new version: the first version creates the agreement (as a draft unless the
 * document says otherwise); later versions must name the row version the author saw.
 */
export async function saveAgreement(
  db: Database,
  actor: Actor,
  input: SaveAgreementInput,
): Promise<AgreementRow> {
  const { agreement, locate } = checkedSource(input.source, 'agreement.yaml');
  const parent =
    agreement.parent && agreement.parent !== agreement.id
      ? await storedParent(db)(agreement.parent)
      : undefined;
  if (agreement.parent && agreement.parent !== agreement.id && !parent) {
    throw errors.validation([
      {
        path: ['source', 'parent'],
        zh: `上级协议 ${agreement.parent} 不存在`,
        en: `parent agreement ${agreement.parent} does not exist`,
      },
    ]);
  }
  // A secondary agreement may only raise its brand agreement's standard, within the brand's coverage: each
  // refusal at its line.
  const refused = [
    ...unregisteredPlatforms(agreement, locate, await registeredPlatformCodes(db)),
    ...(parent ? secondaryAgreementErrors(agreement, parent, locate) : []),
  ];
  if (refused.length) throw errors.validation(refused.map(issueOf));
  const fields = {
    title: agreement.title,
    titleEn: agreement.title_en ?? null,
    industry: agreement.industry,
    platforms: platformsOf(agreement),
    parentId: agreement.parent ?? null,
    effectiveFrom: agreement.effective_from,
  };
  const version = (number: number) => ({
    agreementId: agreement.id,
    number,
    label: agreement.version ?? null,
    document: agreement,
    source: input.source,
    summary: input.summary || (number === 1 ? '首次登记 / first recorded' : ''),
    createdBy: actor.id,
    createdByName: actor.displayName,
  });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const existing = await findAgreement(t, agreement.id);
    if (!existing) {
      await insertAgreement(t, {
        id: agreement.id,
        ...fields,
        status: agreement.status ?? 'draft',
        currentVersion: 1,
      });
      await insertVersion(t, version(1));
      return (await findAgreement(t, agreement.id))!;
    }
    if (input.rowVersion === undefined) {
      throw errors.conflict({
        zh: `协议 ${agreement.id} 已存在：提交新版本时请带上当前版本号`,
        en: `agreement ${agreement.id} exists: a new version must name the version it replaces`,
      });
    }
    const next = existing.currentVersion + 1;
    const updated = await updateAgreement(t, agreement.id, input.rowVersion, {
      ...fields,
      currentVersion: next,
    });
    if (!updated) throw errors.conflict();
    await insertVersion(t, version(next));
    return updated;
  });
}
