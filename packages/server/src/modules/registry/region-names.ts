import { districtNamed, regionTree } from '@gigpact/contracts';

const districts = new Map(regionTree.districts.map((d) => [d.code, d]));
const streets = new Map(
  regionTree.districts.flatMap((d) => d.streets.map((s) => [s.code, { ...s, district: d }])),
);

export function districtName(code: string): { zh: string; en: string } {
  const district = districts.get(code);
  return district ? { zh: district.zh, en: district.en } : { zh: code, en: code };
}

export function streetName(code: string | null): string | null {
  return code ? (streets.get(code)?.zh ?? code) : null;
}

/** A place by its code, a street with its district: `青浦区徐泾镇`, `Xujing Town, Qingpu`. */
export function regionName(code: string): { zh: string; en: string } {
  if (code === regionTree.city.code) return { zh: regionTree.city.zh, en: regionTree.city.en };
  if (code.length === 6) return districtName(code);
  const street = streets.get(code);
  return street
    ? { zh: `${street.district.zh}${street.zh}`, en: `${street.en}, ${street.district.en}` }
    : { zh: code, en: code };
}

export function isKnownDistrict(code: string): boolean {
  return districts.has(code);
}

export function streetBelongsTo(street: string, district: string): boolean {
  return streets.get(street)?.district.code === district;
}

/** Finds a district by any spelling the regions know: code, Chinese name (with or without 区), English or pinyin. */
export function resolveDistrict(text: string): string | undefined {
  return districtNamed(text, regionTree)?.code;
}

/** Finds a street or town of a district by its code or Chinese name. */
export function resolveStreet(text: string, district: string): string | undefined {
  const value = text.trim();
  const found = streets.get(value);
  if (found) return found.district.code === district ? value : undefined;
  return districts.get(district)?.streets.find((s) => s.zh === value)?.code;
}
