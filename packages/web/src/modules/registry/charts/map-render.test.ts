import { describe, expect, it } from 'vitest';
import { HeatmapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent, GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { regionTree, shanghaiDistrictTiles, type CoverageRow } from '@gigpact/contracts';
import { districtMapOption } from './map-option';

echarts.use([HeatmapChart, TooltipComponent, VisualMapComponent, GridComponent, SVGRenderer]);

const row = (key: string, foundingRate: number): CoverageRow => ({
  key,
  name: { zh: key, en: key },
  platforms: 0,
  platformsWithUnion: 0,
  enterprises: 10,
  enterprisesWithUnion: 5,
  federations: 1,
  members: 1,
  workers: 2,
  foundingRate,
  membershipRate: 0.5,
});

/** The fill of every tile ECharts draws, by series: rendered to SVG as the browser would draw to canvas. */
function tileFills(rows: CoverageRow[]): { series: string; fill: string }[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 480, height: 380 });
  chart.setOption(
    districtMapOption({ tiles: [...shanghaiDistrictTiles], geoJson: null }, rows, 'foundingRate', 'zh', {
      rateName: '建会率',
      noData: '无数据',
      basis: '已建会企业',
      districtNames: new Map(regionTree.districts.map((d) => [d.code, { zh: d.zh, en: d.en }])),
    }),
  );
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_series_index="(\d)"/g)].map((m) => ({
    series: m[2]!,
    fill: m[1]!,
  }));
}

describe('the district tile map as ECharts draws it', () => {
  it('draws 16 tiles for the city, darker where the rate is higher', () => {
    const rows = shanghaiDistrictTiles.map((tile, index) => row(tile.code, 0.3 + index / 100));
    const fills = tileFills(rows);
    expect(fills).toHaveLength(16);
    expect(fills.every((f) => f.series === '0')).toBe(true);
    const red = (fill: string) => Number(/rgb\((\d+),(\d+),(\d+)\)/.exec(fill)?.[2] ?? 255);
    // The green channel falls as the colour goes from pale to the union's red.
    expect(red(fills[15]!.fill)).toBeLessThan(red(fills[0]!.fill));
  });

  it("draws a district officer's own district in colour and the other 15 in grey", () => {
    const fills = tileFills([row('310118', 0.43)]);
    expect(fills).toHaveLength(16);
    expect(fills.filter((f) => f.series === '0')).toHaveLength(1);
    expect(new Set(fills.filter((f) => f.series === '1').map((f) => f.fill))).toEqual(
      new Set(['rgb(236,236,236)']),
    );
  });
});
