import type { RideInferenceView as View } from '@gigpact/contracts';
import { Alert, Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { histogramOption } from '../charts/options';
import { formatValue } from '../format';
import { ByMonthTable } from './ByMonthTable';
import { hasCommission, intervalText } from './inference-content';
import { TitledChart } from './TitledChart';

/**
 * The ride platform's take: commission rates against the cap, by month, and pay per minute of service with its
 * 95 % interval. Without a trip that has a passenger fare there is no commission to draw, and the page says so
 * instead of an empty chart.
 */
export function RideInferenceView({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
  const perMinuteInterval = intervalText(view.payPerMinute.slopeInterval);
  const option = useMemo(
    () =>
      histogramOption(
        view.commission.histogram,
        {
          at: view.commission.cap,
          label: t('governance.inference.cap', { value: formatValue(view.commission.cap, 'share') }),
        },
        (f) => `${Math.round(f * 100)}%`,
      ),
    [view, i18n.language],
  );
  return (
    <Row gutter={[16, 16]} data-testid="ride-inference">
      <Col span={24}>
        <Typography.Text strong>
          {t('governance.inference.commission', {
            mean: formatValue(view.commission.mean, 'share'),
            share: formatValue(view.commission.shareAboveCap, 'share'),
          })}
        </Typography.Text>
        {' · '}
        {t('governance.inference.trips', { trips: view.trips })}
        {' · '}
        {t('governance.inference.perMinute', {
          intercept: view.payPerMinute.intercept?.toFixed(2) ?? '—',
          slope: view.payPerMinute.slope?.toFixed(2) ?? '—',
        })}
        {perMinuteInterval && t('governance.inference.perMinuteInterval', { interval: perMinuteInterval })}
      </Col>
      <Col xs={24} lg={14}>
        {hasCommission(view) ? (
          <TitledChart
            title={t('governance.inference.commissionTitle')}
            option={option}
            height={280}
            testId="commission-chart"
          />
        ) : (
          <Alert
            type="info"
            showIcon
            data-testid="no-commission"
            title={t('governance.inference.noCommission')}
          />
        )}
      </Col>
      <Col xs={24} lg={10}>
        <ByMonthTable
          months={view.byMonth}
          columns={[
            {
              title: t('governance.metrics.commission_mean'),
              render: (_, m) => formatValue(m.mean, 'share'),
            },
            {
              title: t('governance.metrics.commission_above_cap_share'),
              render: (_, m) => formatValue(m.shareAboveCap, 'share'),
            },
          ]}
        />
      </Col>
    </Row>
  );
}
