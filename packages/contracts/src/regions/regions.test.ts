import { describe, expect, it } from 'vitest';
import { areaName, regionTree } from './index';

describe('bundled Shanghai regions', () => {
  it('has the 16 districts and 234 streets and towns of GB/T 2260', () => {
    expect(regionTree.districts).toHaveLength(16);
    expect(regionTree.districts.reduce((n, d) => n + d.streets.length, 0)).toBe(234);
  });

  it('names areas at every level and refuses unknown codes', () => {
    expect(areaName({ level: 'city', code: '310000' })).toEqual({ zh: '上海市', en: 'Shanghai' });
    expect(areaName({ level: 'district', code: '310118' })).toEqual({ zh: '青浦区', en: 'Qingpu' });
    expect(areaName({ level: 'street', code: '310118106' })).toEqual({
      zh: '青浦区徐泾镇',
      en: '徐泾镇, Qingpu',
    });
    expect(areaName({ level: 'district', code: '310199' })).toBeUndefined();
    expect(areaName({ level: 'street', code: '310118999' })).toBeUndefined();
  });
});
