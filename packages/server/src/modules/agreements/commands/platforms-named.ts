import { unregisteredPlatformsOf } from '@gigpact/contracts';
import { RuleError, type Agreement, type Locate } from '@gigpact/rules';

/** The platforms an agreement names (`platform`: one code or a list). */
export const platformsOf = (agreement: Agreement): string[] =>
  agreement.platform === undefined ? [] : [agreement.platform].flat();

/**
 * The platforms an agreement names that the registry does not hold, each at its line — with the registered code it
 * differs from only in case or separators, when there is one: an agreement binds only the rows of the platforms it
 * names, so a code that no data and no representative uses would bind nothing.
 */
export function unregisteredPlatforms(
  agreement: Agreement,
  locate: Locate,
  registered: readonly string[],
): RuleError[] {
  const named = platformsOf(agreement);
  return unregisteredPlatformsOf(named, registered).map(({ code, near }) => {
    const path = Array.isArray(agreement.platform) ? ['platform', named.indexOf(code)] : ['platform'];
    return new RuleError(
      `平台 ${code} 不在平台名录中${near ? `；是否应为 ${near}？` : ''}（平台先在“组织与覆盖 → 平台”中登记）`,
      `platform ${code} is not in the registry of platforms${near ? `; did you mean ${near}?` : ''} (platforms are registered first under Organisations & coverage → Platforms)`,
      locate(path),
    );
  });
}
