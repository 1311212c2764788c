import {
  agreementCoverageOf,
  areaName,
  districtNamed,
  regionTree,
  type Area,
  type ScenarioArea,
  type ScenarioNotice,
} from '@gigpact/contracts';
import { districtSpellings, type Agreement } from '@gigpact/rules';
import type { ClauseSummary } from '../../audits/engine/run-audit';

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

/** The notices that already say no row is checked, and why. */
const nothingReached: readonly ScenarioNotice['code'][] = [
  'no_data',
  'data_before_agreement',
  'platforms_not_covered',
];

/**
 * That the scenario's area holds no row the agreement covers, when the agreement as it stands checked none — no
 * clause that applies had a row in its scope — and no other notice already says why (no data, data before the
 * agreement, none of its platforms). Null otherwise.
 */
export function noRowsCoveredNotice(
  area: ScenarioArea,
  clauses: readonly ClauseSummary[],
  notices: readonly ScenarioNotice[],
): ScenarioNotice | null {
  const applicable = clauses.filter((c) => c.status === 'applicable');
  if (applicable.length === 0 || applicable.some((c) => c.checked + c.unchecked > 0)) return null;
  if (notices.some((n) => nothingReached.includes(n.code))) return null;
  return {
    code: 'no_rows_covered',
    zh: `${area.zh}的数据中没有协议覆盖的行（协议的平台、区与骑手类型，在其生效期内）：情景没有核查任何一行，下表的数字不说明协议的效果`,
    en: `the data of ${area.en} holds no row the agreement covers (its platforms, districts and rider types, on the days it is in force): the scenario checked no row, and the figures below say nothing of the agreement`,
  };
}
