import { describe, expect, it } from 'vitest';
import { regionTree, shanghaiDistrictTiles, type CoverageRow } from '@gigpact/contracts';
import { districtMapOption, noValue, rateRange, shortName, tileName, usesCodes } from './map-option';
import { formatRate, rateBasis } from './rates';

const row = (key: string, zh: string, foundingRate: number | null): CoverageRow => ({
  key,
  name: { zh, en: zh },
  platforms: 0,
  platformsWithUnion: 0,
  enterprises: 65,
  enterprisesWithUnion: 25,
  federations: 30,
  members: 2059,
  workers: 8828,
  foundingRate,
  membershipRate: 0.2332,
});
const texts = {
  rateName: '建会率',
  noData: '无数据',
  basis: '已建会企业',
  districtNames: new Map(regionTree.districts.map((d) => [d.code, { zh: d.zh, en: d.en }])),
};
const tiles = { tiles: [...shanghaiDistrictTiles], geoJson: null };

interface HeatmapSeries {
  type: string;
  data: { value: [number, number, number]; code: string; label: { color: string } }[];
  label: { formatter: (params: unknown) => string };
}

describe('the district map', () => {
  it('draws all 16 tiles: districts with figures coloured, the others grey and named only', () => {
    const option = districtMapOption(tiles, [row('310118', '青浦区', 0.3846)], 'foundingRate', 'zh', texts);
    const [valued, unvalued] = option.series as HeatmapSeries[];
    expect(valued!.data.map((d) => d.code)).toEqual(['310118']);
    expect(valued!.data[0]!.value).toEqual([0, 3, 0.3846]);
    expect(unvalued!.data).toHaveLength(15);
    const huangpu = unvalued!.data.find((d) => d.code === '310101')!;
    expect(huangpu.value[2]).toBe(noValue);
    expect(valued!.label.formatter({ data: valued!.data[0] })).toBe('青浦\n38.5%');
    expect(unvalued!.label.formatter({ data: huangpu })).toBe('黄浦');
  });

  it('explains a district in its tooltip with the figures behind the rate', () => {
    const option = districtMapOption(tiles, [row('310118', '青浦区', 0.3846)], 'foundingRate', 'zh', texts);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter({ data: { code: '310118' } })).toBe(
      '<b>青浦区</b><br/>建会率: 38.5%<br/>已建会企业: 25 / 65',
    );
    expect(tooltip.formatter({ data: { code: '310101' } })).toBe('黄浦区<br/>无数据');
  });

  it('names a street officer’s tile after the street, never the district whose place it takes', () => {
    const xujing: CoverageRow = {
      ...row('310118', '青浦区徐泾镇', 0.5),
      name: { zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' },
      enterprises: 6,
      enterprisesWithUnion: 3,
      members: 158,
      workers: null,
      membershipRate: null,
    };
    for (const [language, label, tip] of [
      ['zh', '徐泾镇\n50.0%', '<b>青浦区徐泾镇</b><br/>建会率: 50.0%<br/>已建会企业: 3 / 6'],
      ['en', 'Xujing Town\n50.0%', '<b>Xujing Town, Qingpu</b><br/>建会率: 50.0%<br/>已建会企业: 3 / 6'],
    ] as const) {
      const option = districtMapOption(tiles, [xujing], 'foundingRate', language, texts);
      const [valued] = option.series as HeatmapSeries[];
      expect(valued!.label.formatter({ data: valued!.data[0] })).toBe(label);
      const tooltip = option.tooltip as { formatter: (params: unknown) => string };
      expect(tooltip.formatter({ data: { code: '310118' } })).toBe(tip);
    }
    // Without a workforce for the street there is no membership rate: the tile is grey, the basis says why.
    const membership = districtMapOption(tiles, [xujing], 'membershipRate', 'zh', texts);
    const [valued, unvalued] = membership.series as HeatmapSeries[];
    expect(valued!.data).toHaveLength(0);
    expect(unvalued!.label.formatter({ data: unvalued!.data.find((d) => d.code === '310118') })).toBe(
      '徐泾镇',
    );
    const tooltip = membership.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter({ data: { code: '310118' } })).toContain('158 / —');
  });

  it('labels tiles with short district names, and a street by its own name', () => {
    const pudong = { zh: '浦东新区', en: 'Pudong New Area' };
    const qingpu = { zh: '青浦区', en: 'Qingpu' };
    expect(tileName(pudong, pudong, 'zh')).toBe('浦东');
    expect(tileName(pudong, pudong, 'en')).toBe('Pudong');
    expect(tileName({ zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' }, qingpu, 'zh')).toBe('徐泾镇');
    expect(tileName({ zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' }, qingpu, 'en')).toBe('Xujing Town');
    expect(tileName(qingpu, undefined, 'zh')).toBe('青浦');
  });

  it("switches to a map series on the deployment's GeoJSON, matching districts by code when it has them", () => {
    const geoJson = {
      type: 'FeatureCollection',
      features: [{ properties: { adcode: 310118, name: '青浦区' } }],
    };
    const option = districtMapOption(
      { tiles: [], geoJson },
      [row('310118', '青浦区', 0.5)],
      'foundingRate',
      'zh',
      texts,
    );
    const series = (option.series as { type: string; nameProperty: string; data: { name: string }[] }[])[0]!;
    expect(series).toMatchObject({ type: 'map', nameProperty: 'adcode' });
    expect(series.data[0]!.name).toBe('310118');
    expect(usesCodes({ features: [{ properties: { name: '青浦区' } }] })).toBe(false);
  });

  it('puts a street officer’s row on its district’s GeoJSON feature when features are matched by name', () => {
    const geoJson = { type: 'FeatureCollection', features: [{ properties: { name: '青浦区' } }] };
    const xujing = {
      ...row('310118', '青浦区徐泾镇', 0.5),
      name: { zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' },
    };
    const option = districtMapOption({ tiles: [], geoJson }, [xujing], 'foundingRate', 'en', texts);
    const series = (
      option.series as { data: { name: string }[]; label: { formatter: (p: unknown) => string } }[]
    )[0]!;
    expect(series.data[0]!.name).toBe('青浦区');
    expect(series.label.formatter({ data: series.data[0] })).toBe('Xujing Town');
  });

  it('writes white on the darkest tiles and dark elsewhere', () => {
    const rows = [row('310118', '青浦区', 0.31), row('310101', '黄浦区', 0.59)];
    const series = districtMapOption(tiles, rows, 'foundingRate', 'zh', texts).series as HeatmapSeries[];
    const colour = (code: string) => series.flatMap((s) => s.data).find((d) => d.code === code)!.label.color;
    expect([colour('310118'), colour('310101'), colour('310104')]).toEqual(['#1f1f1f', '#ffffff', '#1f1f1f']);
  });

  it('spreads the colours over the range of the rates drawn', () => {
    expect(rateRange([0.3846, 0.5684, null])).toEqual({ min: 0.3, max: 0.6 });
    expect(rateRange([])).toEqual({ min: 0, max: 1 });
    expect(rateRange([0.5, 0.5, null])).toEqual({ min: 0, max: 1 });
    expect(rateRange([0.51, 0.52])).toEqual({ min: 0.5, max: 0.6 });
  });

  it('shortens Chinese district names for the small tiles and formats rates with their basis', () => {
    expect(shortName('浦东新区', 'zh')).toBe('浦东');
    expect(shortName('Pudong New Area', 'en')).toBe('Pudong');
    expect(shortName('Qingpu', 'en')).toBe('Qingpu');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.23323)).toBe('23.3%');
    expect(rateBasis(row('x', 'x', 0), 'membershipRate')).toBe('2,059 / 8,828');
    expect(rateBasis({ ...row('x', 'x', 0), workers: null }, 'membershipRate')).toBe('2,059 / —');
  });
});
