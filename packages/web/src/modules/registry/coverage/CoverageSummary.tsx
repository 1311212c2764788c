import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '@gigpact/contracts';
import { formatRate, rateBasis } from '../charts/rates';

/** The headline figures of the user's area: both rates with what they are made of. */
export function CoverageSummary({ total }: { total: CoverageRow | undefined }) {
  const { t } = useTranslation();
  const figures = [
    {
      key: 'foundingRate',
      title: t('registry.coverage.foundingRate'),
      value: formatRate(total?.foundingRate),
      basis: total
        ? `${t('registry.coverage.enterprisesWithUnion')} ${rateBasis(total, 'foundingRate')}`
        : '',
    },
    {
      key: 'membershipRate',
      title: t('registry.coverage.membershipRate'),
      value: formatRate(total?.membershipRate),
      basis: !total
        ? ''
        : total.workers === null
          ? `${t('registry.coverage.members')} ${total.members.toLocaleString('en-US')} · ${t('registry.coverage.workersByDistrictOnly')}`
          : `${t('registry.coverage.members')} ${rateBasis(total, 'membershipRate')}`,
    },
    {
      key: 'federations',
      title: t('registry.coverage.federations'),
      value: total?.federations.toLocaleString('en-US') ?? '—',
      basis: '',
    },
    {
      key: 'platformsWithUnion',
      title: t('registry.coverage.platformsWithUnion'),
      value: total ? `${total.platformsWithUnion} / ${total.platforms}` : '—',
      basis: '',
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="coverage-summary">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} lg={6}>
          <Card size="small" variant="outlined" data-testid={`summary-${figure.key}`}>
            <Statistic title={figure.title} value={figure.value} />
            <div style={{ color: '#8c8c8c', fontSize: 12, minHeight: 18 }}>{figure.basis}</div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
