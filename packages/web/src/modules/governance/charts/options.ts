import type { BinView, ContrastView, EstimateView } from '@gigpact/contracts';
import { axisValue } from '../format';

const palette = ['#b3261e', '#1f6feb', '#2e7d32', '#8e24aa', '#ef6c00', '#00838f'];

interface ErrorBarApi {
  value(dimension: number): number;
  coord(point: [number, number]): [number, number];
}

/** A custom series drawing a vertical interval (lo–hi) with caps at each category, shifted by `offset` px. */
function errorBars(name: string, color: string, data: (number | null)[][], offset: number) {
  return {
    name,
    type: 'custom',
    color,
    z: 3,
    renderItem: (_params: unknown, api: ErrorBarApi) => {
      const lo = api.coord([api.value(0), api.value(1)]);
      const hi = api.coord([api.value(0), api.value(2)]);
      const x = lo[0] + offset;
      const style = { stroke: color, lineWidth: 1.5 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: x, y1: lo[1], x2: x, y2: hi[1] }, style },
          { type: 'line', shape: { x1: x - 5, y1: lo[1], x2: x + 5, y2: lo[1] }, style },
          { type: 'line', shape: { x1: x - 5, y1: hi[1], x2: x + 5, y2: hi[1] }, style },
        ],
      };
    },
    encode: { x: 0, y: [1, 2] },
    data: data.filter((d) => d[1] !== null && d[2] !== null),
    tooltip: { show: false },
  };
}

export interface ArmSeries {
  name: string;
  /** One estimate per category, in category order (missing as null). */
  estimates: (EstimateView | null)[];
}

/**
 * Point estimates with their 95 % intervals per category (before/after, or month), one coloured series per
 * arm or platform, points offset so intervals do not overlap.
 */
export function intervalOption(
  categories: string[],
  series: ArmSeries[],
  unit: string,
  line: boolean,
): Record<string, unknown> {
  const spread = 14;
  return {
    animation: false,
    color: palette,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: categories },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: unit === 'share' || unit === 'rate' ? '{value}%' : '{value}' },
    },
    series: series.flatMap((s, i) => {
      const offset = (i - (series.length - 1) / 2) * spread;
      const color = palette[i % palette.length]!;
      return [
        {
          name: s.name,
          type: line ? 'line' : 'scatter',
          color,
          symbolSize: 9,
          symbolOffset: [offset, 0],
          data: s.estimates.map((e) => axisValue(e?.estimate, unit)),
        },
        errorBars(
          s.name,
          color,
          s.estimates.map((e, index) => [index, axisValue(e?.lo, unit), axisValue(e?.hi, unit)]),
          offset,
        ),
      ];
    }),
  };
}

/** Every month from `first` to `last` (`YYYY-MM`, inclusive), in order. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let at = first; at <= last;) {
    months.push(at);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    at = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/**
 * A metric by month, one line per platform with its intervals: every month from the first with data to the last
 * has its place on the axis, so that a month without data is a gap in the line (never joined across it), and a
 * dashed vertical line marks the month the agreement takes effect, labelled (`effective.label`, its date) — the
 * axis reaches that month too when the data does not.
 */
export function trendOption(
  byMonth: readonly EstimateView[],
  platformName: (platform: string) => string,
  unit: string,
  effective: { date: string; label: string },
): Record<string, unknown> {
  const withData = [...new Set(byMonth.map((e) => e.groups.month!))].sort();
  const effectiveMonth = effective.date.slice(0, 7);
  const ends = [...withData, effectiveMonth].sort();
  const months = monthsFrom(ends[0]!, ends.at(-1)!);
  const platforms = [...new Set(byMonth.map((e) => e.groups.platform!))].sort();
  const option = intervalOption(
    months,
    platforms.map((platform) => ({
      name: platformName(platform),
      estimates: months.map(
        (month) => byMonth.find((e) => e.groups.platform === platform && e.groups.month === month) ?? null,
      ),
    })),
    unit,
    true,
  );
  const series = (option.series as Record<string, unknown>[]).map((s) =>
    s.type === 'line' ? { ...s, connectNulls: false } : s,
  );
  const mark = {
    symbol: 'none',
    silent: true,
    label: { formatter: effective.label, position: 'end' },
    lineStyle: { color: '#595959', type: 'dashed' },
    data: [{ xAxis: effectiveMonth }],
  };
  // The mark belongs to the chart, not a platform: it goes on the first series, or alone on an empty chart.
  const marked = series.length
    ? series.map((s, i) => (i === 0 ? { ...s, markLine: mark } : s))
    : [{ type: 'line', data: months.map(() => null), markLine: mark }];
  return { ...option, series: marked };
}

/** A dashed grey line at zero, unlabelled: the level a change or an effect is read against. */
export const zeroLine = {
  symbol: 'none',
  silent: true,
  label: { show: false },
  lineStyle: { color: '#8c8c8c', type: 'dashed' },
  data: [{ yAxis: 0 }],
};

export interface ContrastBar {
  name: string;
  value: ContrastView | null;
}

/**
 * Changes with their 95 % intervals side by side (the covered arm's change, the control's, and the
 * difference-in-differences), one coloured point per change, against a dashed line at zero: an interval that
 * does not cross the line excludes no change.
 */
export function contrastOption(bars: ContrastBar[], unit: string): Record<string, unknown> {
  const percent = unit === 'share' || unit === 'rate';
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 56, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: bars.map((b) => b.name) },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: percent ? '{value}%' : '{value}' },
    },
    series: bars.flatMap((b, i) => {
      const color = palette[i % palette.length]!;
      const estimate = axisValue(b.value?.estimate, unit);
      return [
        {
          name: b.name,
          type: 'scatter',
          color,
          symbolSize: 11,
          data: bars.map((_, j) => (j === i ? estimate : null)),
          ...(i === 0 ? { markLine: zeroLine } : {}),
        },
        errorBars(b.name, color, [[i, axisValue(b.value?.lo, unit), axisValue(b.value?.hi, unit)]], 0),
      ];
    }),
  };
}

/** Allowed minutes against km: the orders, the fitted line, and the 15 km/h + 5 minutes floor. */
export function scatterOption(
  points: { km: number; minutes: number }[],
  fit: { intercept: number | null; slope: number | null },
  names: { orders: string; fitted: string; floor: string },
): Record<string, unknown> {
  const maxKm = Math.max(5, ...points.map((p) => p.km));
  const line = (a: number, b: number) => [
    [0, a],
    [maxKm, a + b * maxKm],
  ];
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { top: 0, data: [names.orders, names.fitted, names.floor] },
    grid: { left: 48, right: 16, top: 36, bottom: 36 },
    xAxis: { type: 'value', name: 'km', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'value', name: 'min' },
    series: [
      {
        name: names.orders,
        type: 'scatter',
        symbolSize: 4,
        color: '#90a4ae',
        data: points.map((p) => [p.km, p.minutes]),
      },
      ...(fit.slope !== null && fit.intercept !== null
        ? [
            {
              name: names.fitted,
              type: 'line',
              color: '#1f6feb',
              showSymbol: false,
              data: line(fit.intercept, fit.slope),
            },
          ]
        : []),
      {
        name: names.floor,
        type: 'line',
        color: '#b3261e',
        showSymbol: false,
        lineStyle: { type: 'dashed' },
        data: line(5, 4),
      },
    ],
  };
}

/** A histogram with a vertical marker (the minimum, the cap). */
export function histogramOption(
  bins: BinView[],
  marker: { at: number; label: string } | null,
  format: (from: number) => string,
): Record<string, unknown> {
  const labels = bins.map((b) => format(b.from));
  const markerIndex = marker
    ? bins.findIndex(
        (b, i) => marker.at >= b.from && (i === bins.length - 1 || marker.at < bins[i + 1]!.from),
      )
    : -1;
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        color: '#1f6feb',
        barCategoryGap: '5%',
        data: bins.map((b) => b.count),
        ...(marker && markerIndex >= 0
          ? {
              markLine: {
                symbol: 'none',
                label: { formatter: marker.label, position: 'end' },
                lineStyle: { color: '#b3261e', type: 'dashed', width: 2 },
                data: [{ xAxis: labels[markerIndex] }],
              },
            }
          : {}),
      },
    ],
  };
}
