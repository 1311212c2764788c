/**
 * Platform codes as data and agreements write them (ADR 17): compared exactly, a near spelling named, never
 * corrected.
 */

/** A platform's name as it is compared for a near spelling: lower case, without spaces, `_`, `-` or `.`. */
function platformSpelling(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

/**
 * The data's platforms spelt like one the agreement covers but not it — differing only in case, spaces or
 * separators (`Huolala`, `didi-freight`): an agreement binds only the platforms it names, so such rows go
 * unchecked, most likely by a slip in the export. Each with the covered name it resembles, sorted.
 */
export function platformsSpeltLikeCovered(
  dataPlatforms: readonly (readonly string[])[],
  agreementPlatforms: readonly string[],
): { held: string; covered: string }[] {
  const held = [...new Set(dataPlatforms.flat())].filter((p) => !agreementPlatforms.includes(p)).sort();
  return held.flatMap((p) => {
    const covered = agreementPlatforms.find((c) => platformSpelling(c) === platformSpelling(p));
    return covered === undefined ? [] : [{ held: p, covered }];
  });
}

/** The notice of platforms spelt like covered ones (`platformsSpeltLikeCovered`), in both languages. */
export function platformsSpeltLikeNotice(near: readonly { held: string; covered: string }[]): {
  zh: string;
  en: string;
} {
  const zh = near.map((n) => `“${n.held}”（协议覆盖的是“${n.covered}”）`).join('、');
  const en = near.map((n) => `"${n.held}" (the agreement covers "${n.covered}")`).join(', ');
  return {
    zh: `数据中的平台${zh}只在大小写或分隔符上与协议覆盖的平台不同，但不是同一名称：这些行不予核查；请改正写错的一方（改数据后重新导入，或改协议）`,
    en: `the data's platform ${en} differs from one the agreement covers only in case or separators, and is not it: its rows are not checked; correct whichever is wrong (the data, then ingest it again, or the agreement)`,
  };
}

/**
 * The platforms the registry does not hold (`registered`, its codes), each once in the order given, with the
 * registered code spelt alike (`platformsSpeltLikeCovered`) or null.
 */
export function unregisteredPlatformsOf(
  platforms: readonly string[],
  registered: readonly string[],
): { code: string; near: string | null }[] {
  const near = new Map(platformsSpeltLikeCovered([platforms], registered).map((n) => [n.held, n.covered]));
  return [...new Set(platforms)]
    .filter((p) => !registered.includes(p))
    .map((code) => ({ code, near: near.get(code) ?? null }));
}
