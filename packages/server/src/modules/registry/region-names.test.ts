import { describe, expect, it } from 'vitest';
import { regionName, resolveDistrict } from './region-names';

describe('districts in an imported list', () => {
  it('are found by any spelling the regions know, and unknown names are not guessed', () => {
    for (const written of ['310115', '浦东新区', '浦东', 'Pudong New Area', 'pudong'])
      expect(resolveDistrict(written), written).toBe('310115');
    expect(resolveDistrict(' QINGPU ')).toBe('310118');
    expect(resolveDistrict('浦东新')).toBeUndefined();
    expect(resolveDistrict('')).toBeUndefined();
  });
});

describe('places named in both languages', () => {
  it('name a street in Chinese after its district and in pinyin before it, as the regions spell them', () => {
    expect(regionName('310118106')).toEqual({ zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' });
    expect(regionName('310118')).toEqual({ zh: '青浦区', en: 'Qingpu' });
    expect(regionName('310000')).toEqual({ zh: '上海市', en: 'Shanghai' });
  });
});
