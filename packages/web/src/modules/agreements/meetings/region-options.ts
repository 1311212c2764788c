import { regionTree, type Language } from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';

/** The city, its districts and their streets as a tree for choosing where a meeting was convened. */
export function regionTreeOptions(language: Language) {
  return [
    {
      value: regionTree.city.code,
      title: language === 'en' ? regionTree.city.en : regionTree.city.zh,
      children: regionTree.districts.map((d) => ({
        value: d.code,
        title: language === 'en' ? d.en : d.zh,
        children: d.streets.map((s) => ({ value: s.code, title: localized(s, language) })),
      })),
    },
  ];
}

/** The name of a region code (city, district or street). */
export function regionLabel(code: string, language: Language): string {
  if (code === regionTree.city.code) return language === 'en' ? regionTree.city.en : regionTree.city.zh;
  const district = regionTree.districts.find((d) => d.code === code.slice(0, 6));
  if (!district) return code;
  const districtName = language === 'en' ? district.en : district.zh;
  if (code.length === 6) return districtName;
  const street = district.streets.find((s) => s.code === code);
  return street
    ? language === 'en'
      ? `${street.en}, ${districtName}`
      : `${districtName}${street.zh}`
    : code;
}
