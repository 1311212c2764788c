import { useState } from 'react';
import { Card, Col, Row, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RateKind } from '../registry/charts/rates';
import { DistrictMapChart } from '../registry/coverage/DistrictMapChart';
import { TrendChart } from '../registry/coverage/TrendChart';
import { useCoverage, type CoverageFilters } from '../registry/coverage/useCoverage';
import { registerRegistryMessages } from '../registry/register-messages';

registerRegistryMessages();

const latest: CoverageFilters = { month: undefined, industry: undefined };

/**
 * The district map and the monthly trend of union coverage in the user's area, as the registry's coverage page
 * draws them. A chunk of its own with ECharts, loaded once the dashboard is on screen.
 */
export function CoverageCharts() {
  const { t } = useTranslation();
  const [rate, setRate] = useState<RateKind>('foundingRate');
  const districts = useCoverage('district', latest);
  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16 }}
      title={t('registry.tabs.coverage')}
      data-testid="dashboard-coverage"
      extra={
        <Segmented<RateKind>
          aria-label={t('registry.coverage.rate')}
          size="small"
          value={rate}
          onChange={setRate}
          options={[
            { value: 'foundingRate', label: t('registry.coverage.foundingRate') },
            { value: 'membershipRate', label: t('registry.coverage.membershipRate') },
          ]}
        />
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card
            size="small"
            title={t('registry.coverage.mapTitle', { rate: t(`registry.coverage.${rate}`) })}
            extra={<Link to="/registry/coverage">{t('registry.coverage.tableTitle')}</Link>}
          >
            <DistrictMapChart rows={districts.data?.rows} rate={rate} />
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card size="small" title={t('registry.coverage.trendTitle')}>
            <TrendChart filters={latest} rate={rate} />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
