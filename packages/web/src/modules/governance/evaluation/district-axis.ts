import { regionTree, type EstimateView, type Language } from '@gigpact/contracts';
import { districtLabel } from '../../audits/labels';

/** Where a district stands in the city's order of codes; names outside the region tree come last. */
const rank = (district: string) => {
  const index = regionTree.districts.findIndex((d) => d.code === district || d.zh === district);
  return index < 0 ? regionTree.districts.length : index;
};

/**
 * The districts of a by-district breakdown, in the city's order of codes (the same in both languages), each
 * with its name in the reader's language as the tables give it: `keys` find the estimates (the data's district
 * names), `labels` are shown on the axis. Rows without a district are left out.
 */
export function districtAxis(
  estimates: readonly EstimateView[],
  language: Language,
): { keys: string[]; labels: string[] } {
  const keys = [...new Set(estimates.map((e) => e.groups.district ?? ''))]
    .filter(Boolean)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { keys, labels: keys.map((key) => districtLabel(key, language)) };
}
