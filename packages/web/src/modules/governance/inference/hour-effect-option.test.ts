import { describe, expect, it } from 'vitest';
import { hourEffectOption } from './hour-effect-option';

describe('the hour-of-day effect chart', () => {
  it('draws a bar for each hour of the day with orders, none for the others, and names the hour it shows', () => {
    const option = hourEffectOption(
      [
        { hour: 0, minutes: -0.254, orders: 12 },
        { hour: 12, minutes: 1.5, orders: 300 },
        { hour: 23, minutes: null, orders: 0 },
      ],
      { hour: 'h', minutes: 'min', item: (h) => `${h.hour}: ${h.minutes} (${h.orders})` },
    ) as {
      xAxis: { data: string[] };
      series: { data: (number | null)[] }[];
      tooltip: { formatter: (params: { dataIndex: number }[]) => string };
    };
    expect(option.xAxis.data).toEqual(Array.from({ length: 24 }, (_, h) => String(h)));
    const bars = option.series[0]!.data;
    expect(bars).toHaveLength(24);
    expect(bars[0]).toBe(-0.25);
    expect(bars[12]).toBe(1.5);
    expect(bars.filter((b) => b !== null)).toEqual([-0.25, 1.5]);
    expect(option.tooltip.formatter([{ dataIndex: 12 }])).toBe('12: 1.5 (300)');
    expect(option.tooltip.formatter([{ dataIndex: 5 }])).toBe('');
  });
});
