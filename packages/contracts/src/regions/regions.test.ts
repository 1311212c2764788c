import { describe, expect, it } from 'vitest';
import { areaName, regionTree } from './index';

describe('bundled Shanghai regions', () => {
  it('has the 16 districts and 234 streets and towns of GB/T 2260', () => {
    expect(regionTree.districts).toHaveLength(16);
    expect(regionTree.districts.reduce((n, d) => n + d.streets.length, 0)).toBe(234);
  });

  it('names every street in English: Latin letters with the generic after, one name per street of a district', () => {
    const generic =
      / (Subdistrict|Town|New Town|Township|Farm|Forest Farm|Industrial Park|Industrial Zone|New Area|Resort|Tourist Zone|Export Processing Zone|Hi-Tech Park|Development Zone|Modern Agricultural Park|\(Bonded Area\))$/;
    for (const district of regionTree.districts) {
      for (const street of district.streets) {
        expect(street.en, street.zh).toMatch(/^[A-Z][A-Za-zü' ()-]+$/);
        expect(street.en, street.zh).toMatch(generic);
      }
      expect(new Set(district.streets.map((s) => s.en)).size, district.en).toBe(district.streets.length);
    }
    // Place names read as Shanghai reads them, not as the characters commonly are.
    const named = (zh: string) => regionTree.districts.flatMap((d) => d.streets).find((s) => s.zh === zh)?.en;
    expect(named('莘庄镇')).toBe('Xinzhuang Town');
    expect(named('殷行街道')).toBe('Yinhang Subdistrict');
    expect(named('静安寺街道')).toBe("Jing'ansi Subdistrict");
    expect(named('唐镇')).toBe('Tangzhen Town');
  });

  it('names areas at every level and refuses unknown codes', () => {
    expect(areaName({ level: 'city', code: '310000' })).toEqual({ zh: '上海市', en: 'Shanghai' });
    expect(areaName({ level: 'district', code: '310118' })).toEqual({ zh: '青浦区', en: 'Qingpu' });
    expect(areaName({ level: 'street', code: '310118106' })).toEqual({
      zh: '青浦区徐泾镇',
      en: 'Xujing Town, Qingpu',
    });
    expect(areaName({ level: 'district', code: '310199' })).toBeUndefined();
    expect(areaName({ level: 'street', code: '310118999' })).toBeUndefined();
  });
});
