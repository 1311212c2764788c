import type { CoverageTrendPoint } from '../../../api/registry';
import { formatRate, rateKinds, type RateKind } from './rates';

/** Both rates month by month; the chosen one drawn bold, the other thin, so they can be compared. */
export function trendOption(
  points: CoverageTrendPoint[],
  chosen: RateKind,
  names: Record<RateKind, string>,
): Record<string, unknown> {
  return {
    animation: false,
    color: ['#b3261e', '#1f6feb'],
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => formatRate(value),
    },
    legend: { top: 0, data: rateKinds.map((rate) => names[rate]) },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: points.map((point) => point.month), boundaryGap: false },
    yAxis: {
      type: 'value',
      min: 0,
      max: (extent: { max: number }) => Math.min(1, Math.ceil((extent.max + 0.05) * 10) / 10),
      axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%` },
    },
    series: rateKinds.map((rate) => ({
      name: names[rate],
      type: 'line',
      data: points.map((point) => point[rate]),
      connectNulls: false,
      symbolSize: rate === chosen ? 7 : 4,
      lineStyle: { width: rate === chosen ? 3 : 1.5 },
      z: rate === chosen ? 3 : 2,
    })),
  };
}
