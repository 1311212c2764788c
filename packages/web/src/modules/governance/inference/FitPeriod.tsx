import type { DeliveryInferenceView } from '@gigpact/contracts';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fitPeriodText } from './inference-content';

/**
 * The months the time fit covers: a warning naming the month the algorithm changed and the speeds before and
 * after, or a quiet note that it held over every month; with the rule that reads a change.
 */
export function FitPeriod({ period }: { period: DeliveryInferenceView['timeFitPeriod'] }) {
  const { t } = useTranslation();
  const text = fitPeriodText(t, period);
  if (text === null) return null;
  const rule = t('governance.inference.changeRule');
  if (period.change)
    return <Alert type="warning" showIcon data-testid="fit-period" title={text} description={rule} />;
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }} data-testid="fit-period">
      {text}
      <br />
      {rule}
    </Typography.Paragraph>
  );
}
