import type { CoverageRow, Language } from '@gigpact/contracts';
import type { DistrictMap } from '../../../api/registry';
import { formatRate, rateBasis, type RateKind } from './rates';

export const customMapName = 'gigpact-districts';

/** The value of a tile without figures, and its colour. */
export const noValue = -1;
const noDataColour = '#ececec';

/** The colours from no coverage to full coverage: pale to the union's red. */
const scale = ['#fbe9e7', '#f0a69e', '#d2574b', '#b3261e'];

interface MapTexts {
  rateName: string;
  noData: string;
  basis: string;
  /** Every district's name by code, for the tiles of districts without figures. */
  districtNames: ReadonlyMap<string, { zh: string; en: string }>;
}

function tooltipText(row: CoverageRow | undefined, name: string, rate: RateKind, texts: MapTexts): string {
  if (!row) return `${name}<br/>${texts.noData}`;
  return `<b>${name}</b><br/>${texts.rateName}: ${formatRate(row[rate])}<br/>${texts.basis}: ${rateBasis(row, rate)}`;
}

/**
 * The legend's range: whole tens of percent around the rates drawn, so that districts a few points apart still
 * differ in colour. With fewer than two different rates (one district's officer) there is nothing to compare,
 * and the scale is the full 0–100%.
 */
export function rateRange(rates: (number | null)[]): { min: number; max: number } {
  const known = rates.filter((rate): rate is number => rate !== null);
  if (new Set(known).size < 2) return { min: 0, max: 1 };
  const min = Math.floor(Math.min(...known) * 10) / 10;
  const max = Math.ceil(Math.max(...known) * 10) / 10;
  return max > min ? { min, max } : { min, max: min + 0.1 };
}

const visualMap = (rateName: string, range: { min: number; max: number }) => ({
  type: 'continuous',
  ...range,
  calculable: false,
  orient: 'horizontal',
  left: 'center',
  bottom: 0,
  itemWidth: 12,
  itemHeight: 160,
  textStyle: { fontSize: 12 },
  inRange: { color: scale },
  outOfRange: { color: noDataColour },
  formatter: (value: number) => formatRate(value),
  dimension: 2,
  seriesIndex: 0,
  realtime: false,
  hoverLink: true,
  show: true,
  // The legend's title is the rate's name, written beside the bar's ends.
  text: [formatRate(range.max), `${rateName} ${formatRate(range.min)}`],
});

/**
 * The 16 districts as squares placed roughly where they lie (a heatmap on a category grid), each coloured by
 * the chosen rate and labelled with its name and value. With the deployment's own GeoJSON, a real map instead.
 */
export function districtMapOption(
  map: DistrictMap,
  rows: CoverageRow[],
  rate: RateKind,
  language: Language,
  texts: MapTexts,
): Record<string, unknown> {
  const byCode = new Map(rows.map((row) => [row.key, row]));
  const nameOf = (code: string) => {
    const name = byCode.get(code)?.name ?? texts.districtNames.get(code);
    return name ? (language === 'en' ? name.en : name.zh) : code;
  };
  const labelOf = (code: string) => {
    const name = byCode.get(code)?.name ?? texts.districtNames.get(code);
    return name ? tileName(name, texts.districtNames.get(code), language) : code;
  };
  if (map.geoJson) return geoMapOption(rows, rate, language, texts, usesCodes(map.geoJson));

  const columns = Math.max(...map.tiles.map((tile) => tile.column)) + 1;
  const tileRows = Math.max(...map.tiles.map((tile) => tile.row)) + 1;
  const range = rateRange(rows.map((row) => row[rate]));
  const tiles = map.tiles.map((tile) => {
    const value = byCode.get(tile.code)?.[rate] ?? noValue;
    const dark = value !== noValue && (value - range.min) / (range.max - range.min) > 0.6;
    return {
      value: [tile.column, tile.row, value] as [number, number, number],
      code: tile.code,
      label: { color: dark ? '#ffffff' : '#1f1f1f' },
    };
  });
  const tileSeries = (data: typeof tiles) => ({
    type: 'heatmap',
    data,
    itemStyle: { borderColor: '#ffffff', borderWidth: 3, borderRadius: 6 },
    label: {
      show: true,
      fontSize: 12,
      lineHeight: 16,
      formatter: (params: { data: { code: string; value: [number, number, number] } }) => {
        const value = params.data.value[2];
        const name = labelOf(params.data.code);
        return value === noValue ? name : `${name}\n${formatRate(value)}`;
      },
    },
    emphasis: { itemStyle: { borderColor: '#1f1f1f', borderWidth: 2 } },
  });
  return {
    animation: false,
    tooltip: {
      formatter: (params: { data: { code: string } }) =>
        tooltipText(byCode.get(params.data.code), nameOf(params.data.code), rate, texts),
    },
    grid: { left: 4, right: 4, top: 4, bottom: 56 },
    xAxis: { type: 'category', data: categories(columns), show: false },
    yAxis: { type: 'category', data: categories(tileRows), show: false, inverse: true },
    // Districts with figures take the legend's colours; those without (outside the user's area, or without any
    // record) are a second series in plain grey, named but unvalued. ECharts draws heatmaps only under a visualMap.
    visualMap: [
      visualMap(texts.rateName, range),
      {
        type: 'piecewise',
        show: false,
        dimension: 2,
        seriesIndex: 1,
        pieces: [{ value: noValue }],
        inRange: { color: [noDataColour] },
      },
    ],
    series: [
      tileSeries(tiles.filter((tile) => tile.value[2] !== noValue)),
      tileSeries(tiles.filter((tile) => tile.value[2] === noValue)),
    ],
  };
}

function geoMapOption(
  rows: CoverageRow[],
  rate: RateKind,
  language: Language,
  texts: MapTexts,
  byCode: boolean,
): Record<string, unknown> {
  // A street officer's row is named after the street but lies in its district's feature.
  const data = rows.map((row) => ({
    name: byCode ? row.key : (texts.districtNames.get(row.key)?.zh ?? row.name.zh),
    value: row[rate] ?? undefined,
    row,
  }));
  return {
    animation: false,
    tooltip: {
      formatter: (params: { data?: { row: CoverageRow } }) =>
        params.data
          ? tooltipText(
              params.data.row,
              language === 'en' ? params.data.row.name.en : params.data.row.name.zh,
              rate,
              texts,
            )
          : texts.noData,
    },
    visualMap: {
      ...visualMap(texts.rateName, rateRange(rows.map((row) => row[rate]))),
      dimension: undefined,
    },
    series: [
      {
        type: 'map',
        map: customMapName,
        nameProperty: byCode ? 'adcode' : 'name',
        roam: false,
        data,
        label: {
          show: true,
          fontSize: 11,
          formatter: (p: { data?: { row: CoverageRow } }) =>
            p.data ? tileName(p.data.row.name, texts.districtNames.get(p.data.row.key), language) : '',
        },
      },
    ],
  };
}

/** Whether a GeoJSON's features name districts by their code (`adcode`, as official data does) or by name. */
export function usesCodes(geoJson: unknown): boolean {
  const features = (geoJson as { features?: { properties?: Record<string, unknown> }[] }).features;
  const first = features?.[0]?.properties;
  return first !== undefined && first['adcode'] !== undefined;
}

/**
 * What a district's place on the map is labelled: the district's short name, or, for the one row of a street
 * officer (named `青浦区徐泾镇`, `Xujing Town, Qingpu`), the street's own name, so that the street's figures are
 * never read as the district's.
 */
export function tileName(
  name: { zh: string; en: string },
  district: { zh: string; en: string } | undefined,
  language: Language,
): string {
  if (language === 'en') {
    const suffix = `, ${district?.en}`;
    if (district && name.en.endsWith(suffix)) return name.en.slice(0, -suffix.length);
    return shortName(name.en, language);
  }
  if (district && name.zh.startsWith(district.zh) && name.zh !== district.zh)
    return name.zh.slice(district.zh.length);
  return shortName(name.zh, language);
}

/** `浦东新区` → `浦东`, `Pudong New Area` → `Pudong`: a tile holds about ten Latin letters or five characters. */
export function shortName(name: string, language: Language): string {
  if (language === 'en') return name.replace(/ (New Area|District)$/, '');
  return name.replace(/(新区|区)$/, '');
}

function categories(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String(index));
}
