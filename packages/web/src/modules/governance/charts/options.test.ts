import { describe, expect, it } from 'vitest';
import {
  contrastOption,
  histogramOption,
  intervalOption,
  monthsFrom,
  scatterOption,
  trendOption,
} from './options';

const estimate = (value: number, lo: number, hi: number) => ({
  groups: {},
  estimate: value,
  lo,
  hi,
  se: null,
  clusters: 10,
  units: 100,
});

describe('governance chart options', () => {
  it('draws each estimate with its interval, shares as percentages', () => {
    const option = intervalOption(
      ['before', 'after'],
      [{ name: 'covered', estimates: [estimate(0.3, 0.2, 0.4), null] }],
      'share',
      false,
    ) as { series: { data: unknown[] }[] };
    expect(option.series[0]!.data).toEqual([30, null]);
    expect(option.series[1]!.data).toEqual([[0, 20, 40]]);
  });

  it('draws each change with its interval against a line at zero, a missing interval without bars', () => {
    const option = contrastOption(
      [
        { name: 'covered', value: { estimate: -0.05, lo: -0.07, hi: -0.03, p: null } },
        { name: 'control', value: null },
        { name: 'did', value: { estimate: -0.048, lo: -0.071, hi: -0.025, p: 0.01 } },
      ],
      'share',
    ) as {
      xAxis: { data: string[] };
      series: { type: string; data: unknown[]; markLine?: { data: unknown[] } }[];
    };
    expect(option.xAxis.data).toEqual(['covered', 'control', 'did']);
    expect(option.series).toHaveLength(6);
    expect(option.series[0]!.data).toEqual([-5, null, null]);
    expect(option.series[0]!.markLine!.data).toEqual([{ yAxis: 0 }]);
    expect(option.series[1]!.data).toEqual([[0, -7, -3]]);
    expect(option.series[3]!.data).toEqual([]);
    expect(option.series[4]!.data).toEqual([null, null, -4.8]);
    expect(option.series[5]!.data).toEqual([[2, -7.1, -2.5]]);
  });

  it('draws the 15 km/h floor as 5 + 4 minutes per km', () => {
    const option = scatterOption(
      [{ km: 10, minutes: 50 }],
      { intercept: 11, slope: 4 },
      {
        orders: 'o',
        fitted: 'f',
        floor: 'x',
      },
    ) as { series: { data: number[][] }[] };
    expect(option.series[1]!.data).toEqual([
      [0, 11],
      [10, 51],
    ]);
    expect(option.series[2]!.data).toEqual([
      [0, 5],
      [10, 45],
    ]);
  });

  it('marks the bin holding the minimum', () => {
    const option = histogramOption(
      [
        { from: 20, count: 1 },
        { from: 22.5, count: 2 },
        { from: 25, count: 3 },
      ],
      { at: 25, label: 'min' },
      (f) => String(f),
    ) as { series: { markLine: { data: { xAxis: string }[] } }[] };
    expect(option.series[0]!.markLine.data).toEqual([{ xAxis: '25' }]);
  });

  it('lists every month between two, across a year', () => {
    expect(monthsFrom('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsFrom('2025-05', '2025-05')).toEqual(['2025-05']);
  });

  it('leaves a month without data as a gap in the trend, and marks the month the agreement takes effect', () => {
    const month = (platform: string, m: string, value: number) => ({
      ...estimate(value, value - 0.01, value + 0.01),
      groups: { platform, month: m },
    });
    // Ele.me has no data in June, Meituan none in May: neither line joins the months on either side.
    const option = trendOption(
      [
        month('eleme', '2025-04', 0.3),
        month('eleme', '2025-05', 0.2),
        month('eleme', '2025-07', 0.1),
        month('meituan', '2025-04', 0.25),
        month('meituan', '2025-06', 0.25),
      ],
      (p) => p.toUpperCase(),
      'share',
      { date: '2025-05-01', label: '生效 2025-05-01' },
    ) as {
      xAxis: { data: string[] };
      legend: { data: string[] };
      series: { type: string; data: unknown[]; connectNulls?: boolean; markLine?: unknown }[];
    };
    expect(option.xAxis.data).toEqual(['2025-04', '2025-05', '2025-06', '2025-07']);
    expect(option.legend.data).toEqual(['ELEME', 'MEITUAN']);
    const lines = option.series.filter((s) => s.type === 'line');
    expect(lines.map((s) => s.data)).toEqual([
      [30, 20, null, 10],
      [25, null, 25, null],
    ]);
    expect(lines.every((s) => s.connectNulls === false)).toBe(true);
    expect(option.series[0]!.markLine).toMatchObject({
      label: { formatter: '生效 2025-05-01' },
      data: [{ xAxis: '2025-05' }],
    });
    expect(option.series.filter((s) => s.markLine)).toHaveLength(1);
    // Each interval stays at its own month: June's and July's places are kept.
    expect(option.series[1]!.data).toEqual([
      [0, 29, 31],
      [1, 19, 21],
      [3, 9, 11],
    ]);
  });

  it('reaches the month the agreement takes effect where the data ends before it', () => {
    const option = trendOption(
      [{ ...estimate(0.3, 0.2, 0.4), groups: { platform: 'didi', month: '2025-04' } }],
      (p) => p,
      'share',
      { date: '2025-07-16', label: 'in effect 2025-07-16' },
    ) as { xAxis: { data: string[] }; series: { markLine?: { data: unknown[] } }[] };
    expect(option.xAxis.data).toEqual(['2025-04', '2025-05', '2025-06', '2025-07']);
    expect(option.series[0]!.markLine!.data).toEqual([{ xAxis: '2025-07' }]);
  });
});
