import type { RideInferenceView as View } from '@gigpact/contracts';
import { Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GovChart } from '../charts/GovChart';
import { histogramOption } from '../charts/options';
import { formatValue } from '../format';

/** The ride platform's take: commission rates against the cap, by month, and pay per minute of service. */
export function RideInferenceView({ view }: { view: View }) {
  const { t, i18n } = useTranslation();
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
      </Col>
      <Col xs={24} lg={14}>
        <Typography.Title level={5}>{t('governance.inference.commissionTitle')}</Typography.Title>
        <GovChart
          option={option}
          height={280}
          label={t('governance.inference.commissionTitle')}
          testId="commission-chart"
        />
      </Col>
      <Col xs={24} lg={10}>
        <Typography.Title level={5}>{t('governance.inference.byMonth')}</Typography.Title>
        <Table
          size="small"
          rowKey="month"
          pagination={false}
          dataSource={view.byMonth}
          columns={[
            { title: t('governance.inference.month'), dataIndex: 'month' },
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
