import type { DeliveryInferenceView } from '@gigpact/contracts';
import { zeroLine } from '../charts/options';

export type HourEffect = DeliveryInferenceView['hourEffect'][number];

/**
 * Extra minutes by hour of acceptance as bars from 0 to 23 h against a line at zero: above it, the promise allows
 * more time at that hour than the fitted line does. An hour without orders has no bar.
 */
export function hourEffectOption(
  hours: readonly HourEffect[],
  text: { hour: string; minutes: string; item: (hour: HourEffect) => string },
): Record<string, unknown> {
  const byHour = new Map(hours.map((h) => [h.hour, h]));
  const day = Array.from({ length: 24 }, (_, hour) => byHour.get(hour));
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const hour = day[params[0]?.dataIndex ?? -1];
        return hour ? text.item(hour) : '';
      },
    },
    grid: { left: 48, right: 40, top: 32, bottom: 36 },
    xAxis: {
      type: 'category',
      name: text.hour,
      nameLocation: 'middle',
      nameGap: 24,
      data: day.map((_, hour) => String(hour)),
    },
    yAxis: { type: 'value', name: text.minutes },
    series: [
      {
        type: 'bar',
        color: '#1f6feb',
        data: day.map((h) => (h?.minutes == null ? null : Math.round(h.minutes * 100) / 100)),
        markLine: zeroLine,
      },
    ],
  };
}
