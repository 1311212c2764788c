import { formatArea, type Language, type RegionTree } from '@gigpact/contracts';

export interface AreaNode {
  value: string;
  title: string;
  children?: AreaNode[];
}

/**
 * The city → district → street tree with area strings as values (`district:310118`), for choosing a user's
 * area, named in the language of the page.
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
          title: name(street),
        })),
      })),
    },
  ];
}
