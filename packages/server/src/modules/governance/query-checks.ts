import {
  datasetsByIndustry,
  industryNames,
  regionTree,
  type FieldIssue,
  type Industry,
} from '@gigpact/contracts';
import { metricDefinitions } from './metrics/definitions';
import type { RequestedScope } from './policies';

/**
 * What a request of the analyses may name. A query naming a district, platform or metric that does not exist is
 * refused as a mistake (400) with what would be valid, before `analyseScope` (policies.ts) decides: an empty answer
 * would read as "nothing happened there", and a 403 as "not yours to see".
 */

/** A platform as the registry records it. */
export interface RegisteredPlatform {
  code: string;
  nameZh: string;
  nameEn: string;
  industry: string;
}

const queryIssue = (parameter: string, zh: string, en: string, where = 'querystring'): FieldIssue => ({
  path: where ? [where, parameter] : [parameter],
  zh: `${parameter}：${zh}`,
  en: `${parameter}: ${en}`,
});

/** Digits in which two codes differ (codes of different lengths: all of them). */
const differingDigits = (a: string, b: string) =>
  a.length !== b.length ? Math.max(a.length, b.length) : [...a].filter((digit, i) => digit !== b[i]).length;

/** A district code the city does not have, with the codes nearest to it (two digits off at most), else every one. */
export function unknownDistrictIssue(code: string, where = 'querystring'): FieldIssue | null {
  const districts = regionTree.districts;
  if (districts.some((d) => d.code === code)) return null;
  const least = Math.min(...districts.map((d) => differingDigits(code, d.code)));
  const nearest = least <= 2 ? districts.filter((d) => differingDigits(code, d.code) === least) : [];
  const listed = nearest.length > 0 ? nearest : districts;
  const [zhLabel, enLabel] = nearest.length > 0 ? ['最接近的', 'nearest'] : ['本市的区', 'its districts'];
  return queryIssue(
    'district',
    `${code} 不是本市的区代码；${zhLabel}：${listed.map((d) => `${d.code} ${d.zh}`).join('、')}`,
    `${code} is not a district of the city; ${enLabel}: ${listed.map((d) => `${d.code} ${d.en}`).join(', ')}`,
    where,
  );
}

/** A platform code the registry does not know, with the registry's platforms of the industry (else all of them). */
function unknownPlatformIssue(
  code: string,
  registry: readonly RegisteredPlatform[],
  industry: Industry,
): FieldIssue | null {
  if (registry.some((p) => p.code === code)) return null;
  const sameLetters = registry.find((p) => p.code.toLowerCase() === code.toLowerCase());
  const ofIndustry = registry.filter((p) => p.industry === industry);
  const listed = [...(ofIndustry.length > 0 ? ofIndustry : registry)].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  const kind = ofIndustry.length > 0 ? industryNames[industry] : { zh: '', en: '' };
  const zh = listed.map((p) => `${p.code} ${p.nameZh}`).join('、') || '无';
  const en = listed.map((p) => `${p.code} (${p.nameEn})`).join(', ') || 'none';
  return queryIssue(
    'platform',
    `${code} 不是登记的平台${sameLetters ? `（是否指 ${sameLetters.code}？）` : ''}；登记的${kind.zh}平台：${zh}`,
    `${code} is not a platform of the registry${sameLetters ? ` (did you mean ${sameLetters.code}?)` : ''}; ` +
      `the registry's ${kind.en ? `${kind.en.toLowerCase()} ` : ''}platforms: ${en}`,
  );
}

/**
 * Issues of a requested scope that names nothing: a district code the city does not have, a platform the registry
 * does not know. A known platform with no rows of the industry is no mistake: its analysis is empty.
 */
export function unknownScopeIssues(
  requested: RequestedScope,
  registry: readonly RegisteredPlatform[],
  industry: Industry,
): FieldIssue[] {
  return [
    requested.district === undefined ? null : unknownDistrictIssue(requested.district),
    requested.platform === undefined ? null : unknownPlatformIssue(requested.platform, registry, industry),
  ].filter((issue): issue is FieldIssue => issue !== null);
}

/** The metrics the evaluation measures for an agreement of the industry (those its data kinds give). */
export function metricsOfIndustry(industry: Industry): string[] {
  const kinds: readonly string[] = datasetsByIndustry[industry];
  return metricDefinitions.filter((m) => kinds.includes(m.kind)).map((m) => m.key);
}

/** A requested metric the agreement's industry does not measure, naming those it does. */
export function unmeasuredMetricIssues(metric: string | undefined, industry: Industry): FieldIssue[] {
  const measured = metricsOfIndustry(industry);
  if (metric === undefined || measured.includes(metric)) return [];
  const names = industryNames[industry];
  return [
    queryIssue(
      'metric',
      `${metric} 不是${names.zh}协议测量的指标；可选：${measured.join('、')}`,
      `${metric} is not measured for a ${names.en.toLowerCase()} agreement; measured: ${measured.join(', ')}`,
    ),
  ];
}
