import type { DeliveryInferenceView } from '@gigpact/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hourEffectOption } from './hour-effect-option';
import { TitledChart } from './TitledChart';

/** Extra minutes the promise allows by hour of acceptance, beyond the fitted line. */
export function HourEffectChart({ hours }: { hours: DeliveryInferenceView['hourEffect'] }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(
    () =>
      hourEffectOption(hours, {
        hour: t('governance.inference.hourAxis'),
        minutes: t('governance.inference.minutesAxis'),
        item: (h) =>
          t('governance.inference.hourItem', {
            hour: h.hour,
            minutes: h.minutes === null ? '—' : h.minutes.toFixed(2),
            orders: h.orders,
          }),
      }),
    [hours, i18n.language],
  );
  return (
    <TitledChart
      title={t('governance.inference.hourEffect')}
      option={option}
      height={240}
      testId="hour-effect-chart"
    />
  );
}
