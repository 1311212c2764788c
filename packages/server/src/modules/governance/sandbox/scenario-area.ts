import {
  agreementCoverageOf,
  areaName,
  districtNamed,
  regionTree,
  type Area,
  type ScenarioArea,
} from '@gigpact/contracts';
import { districtSpellings, type Agreement } from '@gigpact/rules';

/**
 * The district of a scenario's area (a street's lies in its district), or null for the whole city. An area in no
 * district the city has is refused rather than read as the whole city.
 */
export function districtOfArea(area: Area): { code: string; zh: string; en: string } | null {
  if (area.level === 'city') return null;
  const district = regionTree.districts.find((d) => d.code === area.code.slice(0, 6));
  if (!district)
    throw new Error(
      `${area.code} 不是${regionTree.city.zh}的区 / ${area.code} is not a district of ${regionTree.city.en}`,
    );
  return { code: district.code, zh: district.zh, en: district.en };
}

/** The area a scenario reads, named in both languages. */
export function scenarioAreaOf(area: Area): ScenarioArea {
  const district = districtOfArea(area);
  if (district) return { level: 'district', ...district };
  const name = areaName(area) ?? { zh: regionTree.city.zh, en: regionTree.city.en };
  return { level: 'city', code: area.code, ...name };
}

/**
 * The agreement as it binds the rows of one district: the district in place of the districts it names, so that
 * its audit and outcome read that district's rows only. The agreement itself for the whole city; null when the
 * agreement names districts and this is none of them (it binds no row there).
 */
export function agreementWithinDistrict(agreement: Agreement, district: string | null): Agreement | null {
  if (district === null) return agreement;
  const named = agreementCoverageOf(agreement).districts;
  if (named.length > 0 && !named.some((d) => districtSpellings(d).includes(district))) return null;
  return { ...agreement, scope: { ...agreement.scope, districts: [district] } };
}

/** Why a scenario of a district the agreement does not cover is refused, in both languages. */
export function districtNotCovered(agreement: Agreement, district: { zh: string; en: string }) {
  const named = agreementCoverageOf(agreement).districts.map(
    (d) => districtNamed(d, regionTree) ?? { zh: d, en: d },
  );
  return {
    zh: `协议只覆盖${named.map((d) => d.zh).join('、')}，不含${district.zh}：情景不会核查任何一行`,
    en: `the agreement covers ${named.map((d) => d.en).join(', ')} only, not ${district.en}: the scenario would check no row`,
  };
}
