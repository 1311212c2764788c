import { describe, expect, it } from 'vitest';
import { regionTree, shanghaiDistrictTiles, type CoverageRow } from '@gigpact/contracts';
import { districtMapOption, noValue, rateRange, shortName, usesCodes } from './map-option';
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
  });
});
