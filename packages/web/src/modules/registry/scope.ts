import { useQuery } from '@tanstack/react-query';
import { parseArea, type Area, type Language, type RegionTree } from '@gigpact/contracts';
import { fetchRegions } from '../../api/system';
import { localized } from '../../i18n/localized';
import { useSession } from '../../shell/session';

/** Shanghai's districts and streets, fetched once and shared with every page that names places. */
export function useRegions() {
  return useQuery({ queryKey: ['regions'], queryFn: fetchRegions, staleTime: Infinity });
}

/** The signed-in user's area; the server limits every answer to it, the page only adapts its filters. */
export function useUserArea(): Area | undefined {
  const { data } = useSession();
  return data ? parseArea(data.user.area) : undefined;
}

export interface PlaceOption {
  value: string;
  label: string;
}

/** The districts a user may choose among: all for the city, none to choose for a district or street. */
export function districtOptions(regions: RegionTree, area: Area, language: Language): PlaceOption[] {
  if (area.level !== 'city') return [];
  return regions.districts.map((d) => ({ value: d.code, label: localized(d, language) }));
}

/**
 * The streets a user may choose among: those of the chosen district (or of the user's own district); a street
 * officer has just one street and nothing to choose.
 */
export function streetOptions(
  regions: RegionTree,
  area: Area,
  district: string | undefined,
  language: Language,
): PlaceOption[] {
  if (area.level === 'street') return [];
  const code = area.level === 'district' ? area.code : district;
  const found = regions.districts.find((d) => d.code === code);
  return (found?.streets ?? []).map((s) => ({ value: s.code, label: localized(s, language) }));
}

/**
 * A street's name in the language of the page, by its code; the name as the server gave it (Chinese) for a code
 * the regions do not hold.
 */
export function streetNameOf(
  regions: RegionTree | undefined,
  code: string | null,
  given: string | null,
  language: Language,
): string | null {
  if (!code || language === 'zh') return given;
  const street = regions?.districts
    .find((d) => d.code === code.slice(0, 6))
    ?.streets.find((s) => s.code === code);
  return street ? street.en : given;
}

/** Where a record is, as lists show it: its district and street (`青浦区 · 徐泾镇`, `Qingpu · Xujing Town`). */
export function placeOf(
  record: { districtName: { zh: string; en: string }; street: string | null; streetName: string | null },
  regions: RegionTree | undefined,
  language: Language,
): string {
  return [
    localized(record.districtName, language),
    streetNameOf(regions, record.street, record.streetName, language),
  ]
    .filter(Boolean)
    .join(' · ');
}
