import { districtKeys, regionTree } from '@gigpact/contracts';
import { sqlString } from '../duck/session';

/** The district names as stored: the bundled regions' Chinese names (青浦区). */
const storedNames = regionTree.districts.map((d) => d.zh);
const storedNamesSql = storedNames.map(sqlString).join(', ');

/** Full-width ASCII (`ＱＩＮＧＰＵ`, `３１０１１８`) and the no-break and ideographic spaces, and what NFKC makes of them. */
const fullWidth =
  Array.from({ length: 94 }, (_, i) => String.fromCharCode(0xff01 + i)).join('') + '\u00a0\u3000';
const halfWidth = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('') + '  ';

/**
 * DuckDB's form of `districtKey` (contracts): full-width letters and digits as ASCII (the part of NFKC a district's
 * spelling can need), lower case, without spaces, apostrophes, hyphens or middle dots, without a closing 区 / 新区 /
 * District / New Area.
 */
const keySql = (value: string) =>
  `regexp_replace(regexp_replace(lower(translate(trim(${value}), ${sqlString(fullWidth)}, ${sqlString(halfWidth)})), '[\\s''’‘·_-]', '', 'g'), '(district|newarea|新区|区)+$', '')`;

/** Every key a district is known by (`districtKeys`), with its district. */
const keyed = regionTree.districts.flatMap((d) => districtKeys(d).map((key) => [key, d] as const));
const list = (values: readonly string[]) => `[${values.map(sqlString).join(', ')}]`;
const keysSql = list(keyed.map(([key]) => key));
/** Beside each key of `keysSql`: its district's stored name, and the spellings an error suggests for it. */
const namesSql = list(keyed.map(([, d]) => d.zh));
const suggestionsSql = list(keyed.map(([, d]) => suggestedSpellings(d)));

/**
 * The stored district of a typed value: a spelling of a bundled district (310118, 青浦, Qingpu, qingpu,
 * Pudong New Area, Jing'an) as the district's Chinese name, so that agreements' scopes, weather alerts and the
 * figures per district meet on one name. Any other value is refused at ingest (`unknownDistrictSql`); here it stays
 * as written. Values already stored that way take no pattern matching.
 */
export function storedDistrictSql(value: string): string {
  const named = `${namesSql}[list_position(${keysSql}, ${keySql(value)})]`;
  return `CASE WHEN ${value} IS NULL OR ${value} IN (${storedNamesSql}) THEN ${value} ELSE coalesce(${named}, ${value}) END`;
}

/** SQL: whether a typed district is stored under another spelling (its district's name). */
export function districtRenamedSql(value: string): string {
  return `${value} IS DISTINCT FROM ${storedDistrictSql(value)}`;
}

/**
 * SQL: a district is given and names none of the city's districts in any spelling (`Xuhuii`, `Manhattan`). Such a
 * row is refused: stored as written it would never meet an agreement's scope, an order's alerts or a district's
 * figures, and would be lost without a word. An empty district is not this check's business (required or not).
 */
export function unknownDistrictSql(value: string): string {
  return `CASE WHEN ${value} IS NULL OR ${value} IN (${storedNamesSql}) THEN false ELSE list_position(${keysSql}, ${keySql(value)}) IS NULL END`;
}

/**
 * SQL: the spellings of the district nearest to a refused value (`Xuhuii` → `徐汇区, 徐汇, Xuhui, 310104`), by edit
 * distance between its key and each district's keys. Evaluated only for the few refused rows.
 */
export function nearestDistrictSql(value: string): string {
  const distances = `list_transform(${keysSql}, k -> levenshtein(k, ${keySql(value)}))`;
  return `${suggestionsSql}[list_position(${distances}, list_min(${distances}))]`;
}

/** A district's spellings as an error suggests them: `徐汇区, 徐汇, Xuhui, 310104`. */
function suggestedSpellings(district: { code: string; zh: string; en: string }): string {
  const short = district.zh.replace(/(新区|区)$/, '');
  return [...new Set([district.zh, short, district.en, district.code])].join(', ');
}
