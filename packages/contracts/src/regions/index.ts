import shanghai from './shanghai.json' with { type: 'json' };
import type { Area } from '../roles';

export interface Street {
  code: string;
  zh: string;
  /** In Hanyu Pinyin with the generic in English (`Xujing Town`, `Nanjingdonglu Subdistrict`). */
  en: string;
}
export interface District {
  code: string;
  zh: string;
  en: string;
  streets: Street[];
}
export interface RegionTree {
  city: { code: string; zh: string; en: string };
  districts: District[];
}

/** The bundled reference regions (Shanghai, GB/T 2260). A deployment for another city ships its own file. */
export const regionTree: RegionTree = shanghai;

/** The name of an area in both languages, or undefined when the code is not in the bundled regions. */
export function areaName(area: Area, tree: RegionTree = regionTree): { zh: string; en: string } | undefined {
  if (area.level === 'city')
    return area.code === tree.city.code ? { zh: tree.city.zh, en: tree.city.en } : undefined;
  const district = tree.districts.find((d) => d.code === area.code.slice(0, 6));
  if (!district) return undefined;
  if (area.level === 'district') return { zh: district.zh, en: district.en };
  const street = district.streets.find((s) => s.code === area.code);
  return street ? { zh: `${district.zh}${street.zh}`, en: `${street.en}, ${district.en}` } : undefined;
}

export { districtKey, districtKeys, districtNamed } from './district-names';
