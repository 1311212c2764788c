import { describe, expect, it } from 'vitest';
import { shanghaiDistrictTiles, type CoverageRow } from '@gigpact/contracts';
import { districtMapOption, rateRange, shortName, usesCodes } from './map-option';
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
const texts = { rateName: '建会率', noData: '无数据', basis: '已建会企业' };
const tiles = { tiles: [...shanghaiDistrictTiles], geoJson: null };

interface HeatmapSeries {
  type: string;
  data: { value: [number, number, number | '-']; code: string }[];
  label: { formatter: (params: unknown) => string };
}

describe('the district map', () => {
  it('draws all 16 tiles, a district without figures as no value', () => {
    const option = districtMapOption(tiles, [row('310118', '青浦区', 0.3846)], 'foundingRate', 'zh', texts);
    const series = (option.series as HeatmapSeries[])[0]!;
    expect(series.type).toBe('heatmap');
    expect(series.data).toHaveLength(16);
    const qingpu = series.data.find((d) => d.code === '310118')!;
    expect(qingpu.value).toEqual([0, 3, 0.3846]);
    expect(series.data.find((d) => d.code === '310101')!.value[2]).toBe('-');
    expect(series.label.formatter({ data: qingpu })).toBe('青浦\n38.5%');
  });

  it('explains a district in its tooltip with the figures behind the rate', () => {
    const option = districtMapOption(tiles, [row('310118', '青浦区', 0.3846)], 'foundingRate', 'zh', texts);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter({ data: { code: '310118' } })).toBe(
      '<b>青浦区</b><br/>建会率: 38.5%<br/>已建会企业: 25 / 65',
    );
    expect(tooltip.formatter({ data: { code: '310101' } })).toBe('310101<br/>无数据');
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

  it('spreads the colours over the range of the rates drawn', () => {
    expect(rateRange([0.3846, 0.5684, null])).toEqual({ min: 0.3, max: 0.6 });
    expect(rateRange([])).toEqual({ min: 0, max: 1 });
    expect(rateRange([0.5, 0.5])).toEqual({ min: 0.4, max: 0.6 });
  });

  it('shortens Chinese district names for the small tiles and formats rates with their basis', () => {
    expect(shortName('浦东新区', 'zh')).toBe('浦东');
    expect(shortName('Pudong', 'en')).toBe('Pudong');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.23323)).toBe('23.3%');
    expect(rateBasis(row('x', 'x', 0), 'membershipRate')).toBe('2,059 / 8,828');
  });
});
