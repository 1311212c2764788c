import { districtKey, districtNamed, regionTree } from '@gigpact/contracts';
import { RuleError, RuleErrors } from '../errors';
import type { Locate } from './load';
import { describeLoweredStandard, loweredStandards } from './standard';
import type { Agreement } from './types';
import { replacedClauses } from './versions';

/** A problem of a secondary agreement under its brand agreement, at a path of the secondary agreement. */
interface Refusal {
  path: (string | number)[];
  zh: string;
  en: string;
  clause?: string;
}

const listOf = (value: string | readonly string[] | undefined): string[] =>
  value === undefined ? [] : [value].flat();

const scopeAspects = [
  { key: 'districts', zh: '行政区', en: 'district' },
  { key: 'rider_types', zh: '骑手类型', en: 'rider type' },
  { key: 'franchisees', zh: '加盟商', en: 'franchisee' },
] as const;

/** One district however written (`青浦区`, `Qingpu`, `310118`): its code, or the spelling reduced. */
const districtId = (written: string) => districtNamed(written, regionTree)?.code ?? districtKey(written);

/**
 * Where a secondary agreement reaches beyond its brand agreement's coverage: another industry, a platform the
 * brand does not name, a district, rider type or franchisee outside the brand's scope, or dates outside the
 * brand's (an effective_from before the brand's or after its effective_to, an effective_to after the brand's).
 * What the secondary leaves out it inherits (`secondaryInForce`), so only what it writes can be refused.
 */
function coverageRefusals(agreement: Agreement, parent: Agreement): Refusal[] {
  const refusals: Refusal[] = [];
  const brand = parent.id;
  if (agreement.industry !== parent.industry)
    refusals.push({
      path: ['industry'],
      zh: `行业 ${agreement.industry} 与上级协议 ${brand} 的行业 ${parent.industry} 不同`,
      en: `industry ${agreement.industry} is not the brand agreement ${brand}'s (${parent.industry})`,
    });
  const platforms = listOf(parent.platform);
  const own = listOf(agreement.platform);
  if (platforms.length > 0)
    own.forEach((platform, i) => {
      if (platforms.includes(platform)) return;
      refusals.push({
        path: Array.isArray(agreement.platform) ? ['platform', i] : ['platform'],
        zh: `平台 ${platform} 不是上级协议 ${brand} 的平台（${platforms.join(', ')}）：二次协商协议只在上级协议覆盖的范围内约束`,
        en: `platform ${platform} is not a platform of the brand agreement ${brand} (${platforms.join(', ')}): a secondary agreement binds within its brand's coverage`,
      });
    });
  for (const aspect of scopeAspects) {
    const allowed = parent.scope?.[aspect.key] ?? [];
    if (allowed.length === 0) continue;
    const same = aspect.key === 'districts' ? districtId : (v: string) => v;
    const known = new Set(allowed.map(same));
    (agreement.scope?.[aspect.key] ?? []).forEach((value, i) => {
      if (known.has(same(value))) return;
      refusals.push({
        path: ['scope', aspect.key, i],
        zh: `${aspect.zh} ${value} 不在上级协议 ${brand} 的范围（${allowed.join(', ')}）之内：二次协商协议只在上级协议覆盖的范围内约束`,
        en: `${aspect.en} ${value} is outside the brand agreement ${brand}'s scope (${allowed.join(', ')}): a secondary agreement binds within its brand's coverage`,
      });
    });
  }
  const [from, to] = [
    String(agreement.effective_from),
    agreement.effective_to && String(agreement.effective_to),
  ];
  const [brandFrom, brandTo] = [
    String(parent.effective_from),
    parent.effective_to && String(parent.effective_to),
  ];
  if (from < brandFrom)
    refusals.push({
      path: ['effective_from'],
      zh: `生效日期 ${from} 早于上级协议 ${brand} 的生效日期 ${brandFrom}：二次协商协议只在上级协议有效期内生效`,
      en: `effective_from ${from} is before the brand agreement ${brand}'s (${brandFrom}): a secondary agreement is in force only while its brand's is`,
    });
  if (brandTo && from > brandTo)
    refusals.push({
      path: ['effective_from'],
      zh: `生效日期 ${from} 晚于上级协议 ${brand} 的终止日期 ${brandTo}：二次协商协议只在上级协议有效期内生效`,
      en: `effective_from ${from} is after the brand agreement ${brand}'s effective_to (${brandTo}): a secondary agreement is in force only while its brand's is`,
    });
  if (brandTo && to && to > brandTo)
    refusals.push({
      path: ['effective_to'],
      zh: `终止日期 ${to} 晚于上级协议 ${brand} 的终止日期 ${brandTo}：二次协商协议只在上级协议有效期内生效`,
      en: `effective_to ${to} is after the brand agreement ${brand}'s (${brandTo}): a secondary agreement is in force only while its brand's is`,
    });
  return refusals;
}

/**
 * Every way a secondary agreement oversteps its brand agreement, each a RuleError naming the clause and the
 * parameter and, with `locate`, the file, line and column: coverage beyond the brand's, a brand clause's rule not
 * kept, a standard lowered (`loweredStandards`). Empty when the secondary agreement may bind as it is.
 */
export function secondaryAgreementErrors(
  agreement: Agreement,
  parent: Agreement,
  locate?: Locate,
): RuleError[] {
  const where = (path: (string | number)[]) => (locate ? locate(path) : { path });
  const errors = coverageRefusals(agreement, parent).map((r) => new RuleError(r.zh, r.en, where(r.path)));
  try {
    for (const lowered of loweredStandards(agreement, parent)) {
      const { zh, en } = describeLoweredStandard(lowered, parent.id);
      errors.push(new RuleError(zh, en, { ...where(lowered.path), clause: lowered.clauseId }));
    }
  } catch (error) {
    // A parameter of the wrong type, as the normal check refuses it.
    if (!(error instanceof RuleError)) throw error;
    errors.push(error.within(where(error.location.path ?? [])));
  }
  return errors;
}

/** A secondary agreement refused under its brand agreement: the first error, and every one in `errors`. */
export class SecondaryAgreementRefused extends RuleErrors {
  constructor(errors: readonly RuleError[]) {
    super(errors);
    this.name = 'SecondaryAgreementRefused';
  }
}

/** Refuses (throws `SecondaryAgreementRefused`) a secondary agreement that oversteps its brand agreement. */
export function checkSecondaryAgreement(agreement: Agreement, parent: Agreement, locate?: Locate): void {
  const errors = secondaryAgreementErrors(agreement, parent, locate);
  if (errors.length > 0) throw new SecondaryAgreementRefused(errors);
}

/**
 * The agreement an audit checks for a secondary (franchisee) agreement: the brand's clauses with the
 * secondary's own in their place and its further clauses (`clausesInForce`), bound within the brand's coverage —
 * the brand's platforms unless it names some of them, the brand's districts, rider types and franchisees unless
 * it names some of them (the intersection of the two scopes), and the brand's effective_to unless it ends
 * earlier. Refused (`SecondaryAgreementRefused`, each refusal at its line with `locate`) when it oversteps the
 * brand (`secondaryAgreementErrors`).
 */
export function secondaryInForce(agreement: Agreement, parent: Agreement, locate?: Locate): Agreement {
  if (agreement.parent !== parent.id) throw new Error(`${agreement.id} is not under ${parent.id}`);
  // Every lowered standard is refused here, so the clauses are replaced without checking them again.
  checkSecondaryAgreement(agreement, parent, locate);
  const platform = listOf(agreement.platform).length > 0 ? agreement.platform : parent.platform;
  const scope: NonNullable<Agreement['scope']> = {};
  for (const { key } of scopeAspects) {
    const own = agreement.scope?.[key] ?? [];
    const values = own.length > 0 ? own : (parent.scope?.[key] ?? []);
    if (values.length > 0) scope[key] = values;
  }
  const effectiveTo = agreement.effective_to ?? parent.effective_to;
  return {
    ...agreement,
    ...(platform !== undefined ? { platform } : {}),
    ...(Object.keys(scope).length > 0 || agreement.scope ? { scope } : {}),
    ...(effectiveTo !== undefined ? { effective_to: effectiveTo } : {}),
    clauses: replacedClauses(agreement, parent),
  };
}
