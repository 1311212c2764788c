import { formatArea, type Language, type RegionTree } from '@gigpact/contracts';

export interface AreaNode {
  value: string;
  title: string;
  children?: AreaNode[];
}

/**
 * The city → district → street tree with area strings as values (`district:310118`), for choosing a user's
 * area. Streets have Chinese names only, as in GB/T 2260.
 */
export function areaTree(regions: RegionTree, language: Language): AreaNode[] {
  const name = (place: { zh: string; en: string }) => (language === 'en' ? place.en : place.zh);
  return [
    {
      value: formatArea({ level: 'city', code: regions.city.code }),
      title: name(regions.city),
      children: regions.districts.map((district) => ({
        value: formatArea({ level: 'district', code: district.code }),
        title: name(district),
        children: district.streets.map((street) => ({
          value: formatArea({ level: 'street', code: street.code }),
          title: street.zh,
        })),
      })),
    },
  ];
}
