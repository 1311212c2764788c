import { describe, expect, it } from 'vitest';
import { regionTree } from '@gigpact/contracts';
import { districtOptions, streetNameOf, streetOptions } from './scope';

describe('place filters follow the user area', () => {
  it('offers the city admin all 16 districts and the streets of the district chosen', () => {
    const city = { level: 'city' as const, code: '310000' };
    expect(districtOptions(regionTree, city, 'zh')).toHaveLength(16);
    expect(districtOptions(regionTree, city, 'en').find((d) => d.value === '310118')?.label).toBe('Qingpu');
    expect(streetOptions(regionTree, city, undefined, 'zh')).toEqual([]);
    const qingpuStreets = streetOptions(regionTree, city, '310118', 'zh');
    expect(qingpuStreets.map((s) => s.label)).toContain('徐泾镇');
    expect(streetOptions(regionTree, city, '310118', 'en').map((s) => s.label)).toContain('Xujing Town');
    expect(qingpuStreets.every((s) => s.value.startsWith('310118'))).toBe(true);
  });

  it('gives a district officer their own streets and no district to choose', () => {
    const qingpu = { level: 'district' as const, code: '310118' };
    expect(districtOptions(regionTree, qingpu, 'zh')).toEqual([]);
    expect(streetOptions(regionTree, qingpu, '310101', 'zh').every((s) => s.value.startsWith('310118'))).toBe(
      true,
    );
  });

  it('names a street by its code in the language of the page, as the server named it otherwise', () => {
    expect(streetNameOf(regionTree, '310118106', '徐泾镇', 'en')).toBe('Xujing Town');
    expect(streetNameOf(regionTree, '310118106', '徐泾镇', 'zh')).toBe('徐泾镇');
    expect(streetNameOf(regionTree, '310118999', '某街道', 'en')).toBe('某街道');
    expect(streetNameOf(regionTree, null, null, 'en')).toBeNull();
  });

  it('gives a street officer nothing to choose', () => {
    const xujing = { level: 'street' as const, code: '310118106' };
    expect(districtOptions(regionTree, xujing, 'zh')).toEqual([]);
    expect(streetOptions(regionTree, xujing, undefined, 'zh')).toEqual([]);
  });
});
