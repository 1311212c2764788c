import type { District, RegionTree } from './index';

/**
 * A district's name as platform exports and agreements write it, reduced for comparison: full-width letters and
 * digits as ASCII, lower case, without spaces, apostrophes, hyphens or middle dots, and without a closing 区 / 新区
 * / "District" / "New Area". `浦东新区`, `浦东`, `Pudong New Area` and `pudong` reduce to `浦东` or `pudong`;
 * `Jing'an` and `JINGAN` to `jingan`.
 */
export function districtKey(written: string): string {
  return written
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’‘·\-_]/g, '')
    .replace(/(district|newarea|新区|区)+$/, '');
}

/** The keys a district is known by: its code, and its Chinese and English names reduced (`districtKey`). */
export function districtKeys(district: Pick<District, 'code' | 'zh' | 'en'>): string[] {
  return [...new Set([district.code, districtKey(district.zh), districtKey(district.en)])];
}

/**
 * The district of `tree` a spelling names — its code (310118), Chinese name (青浦区, 青浦), English name or pinyin
 * in any case (Qingpu, QINGPU, Qingpu District, Pudong New Area, pudong, Jing'an, jingan) — or undefined.
 */
export function districtNamed(written: string, tree: RegionTree): District | undefined {
  const key = districtKey(written.trim());
  if (key === '') return undefined;
  return tree.districts.find((d) => districtKeys(d).includes(key));
}
