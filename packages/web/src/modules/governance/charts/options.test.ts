import { describe, expect, it } from 'vitest';
import { contrastOption, histogramOption, intervalOption, scatterOption } from './options';

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
});
