import { districtKeys, regionTree } from '@gigpact/contracts';
import { sqlString } from '../duck/session';

/** The district names as stored: the bundled regions' Chinese names (青浦区). */
const storedNames = regionTree.districts.map((d) => d.zh);

/**
 * DuckDB's form of `districtKey` (contracts): lower case, without spaces, apostrophes, hyphens or middle dots,
 * without a closing 区 / 新区 / District / New Area. Full-width letters are not folded (DuckDB has no NFKC):
 * such a value keeps its spelling.
 */
const keySql = (value: string) =>
  `regexp_replace(regexp_replace(lower(trim(${value})), '[\\s''’‘·_-]', '', 'g'), '(district|newarea|新区|区)+$', '')`;

/**
 * The stored district of a typed value: a spelling of a bundled district (310118, 青浦, Qingpu, qingpu,
 * Pudong New Area, Jing'an) as the district's Chinese name, so that agreements' scopes, weather alerts and the
 * figures per district meet on one name; any other value as written. Values already stored that way take no
 * pattern matching.
 */
export function storedDistrictSql(value: string): string {
  const keyed = regionTree.districts.flatMap((d) => districtKeys(d).map((key) => [key, d.zh] as const));
  const list = (values: readonly string[]) => `[${values.map(sqlString).join(', ')}]`;
  const named = `${list(keyed.map(([, name]) => name))}[list_position(${list(keyed.map(([key]) => key))}, ${keySql(value)})]`;
  return `CASE WHEN ${value} IS NULL OR ${value} IN (${storedNames.map(sqlString).join(', ')}) THEN ${value} ELSE coalesce(${named}, ${value}) END`;
}

/** SQL: whether a typed district is stored under another spelling (its district's name). */
export function districtRenamedSql(value: string): string {
  return `${value} IS DISTINCT FROM ${storedDistrictSql(value)}`;
}
