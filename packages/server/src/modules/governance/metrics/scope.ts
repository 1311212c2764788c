import { regionTree } from '@gigpact/contracts';
import { sqlString } from '@gigpact/datasets';

/** What part of the data an analysis may read: one platform, one district (by name as the data has it), or all. */
export interface AnalysisScope {
  platform: string | null;
  district: string | null;
}

/** The district's name as platform data writes it (黄浦区), from a GB/T 2260 code or a name. */
export function districtName(codeOrName: string): string {
  const district = regionTree.districts.find((d) => d.code === codeOrName || d.zh === codeOrName);
  return district?.zh ?? codeOrName;
}

/** Keeps unit rows (with `platform` and `district` columns) inside the scope. */
export function scopedUnits(units: string, scope: AnalysisScope): string {
  const conditions = [
    scope.platform ? `platform = ${sqlString(scope.platform)}` : null,
    scope.district ? `district = ${sqlString(scope.district)}` : null,
  ].filter(Boolean);
  return conditions.length ? `SELECT * FROM (${units}) WHERE ${conditions.join(' AND ')}` : units;
}
