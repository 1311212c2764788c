import { useState } from 'react';
import { Card, Col, DatePicker, Flex, Row, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { industries, industryNames, type CoverageDimension, type Industry } from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import type { RateKind } from '../charts/rates';
import { useUserArea } from '../scope';
import { CoverageSummary } from './CoverageSummary';
import { CoverageTable } from './CoverageTable';
import { DistrictMapChart } from './DistrictMapChart';
import { TrendChart } from './TrendChart';
import { useCoverage, type CoverageFilters } from './useCoverage';
import { cityToday } from '../../../shell/city-today';

const dimensions: { value: CoverageDimension; key: string }[] = [
  { value: 'district', key: 'byDistrict' },
  { value: 'street', key: 'byStreet' },
  { value: 'industry', key: 'byIndustry' },
  { value: 'platform', key: 'byPlatform' },
];

/** The coverage dashboard: headline rates, the district map, the monthly trend and a table by dimension. */
export function CoveragePanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const area = useUserArea();
  const [rate, setRate] = useState<RateKind>('foundingRate');
  const [by, setBy] = useState<CoverageDimension>(area?.level === 'city' ? 'district' : 'street');
  const [filters, setFilters] = useState<CoverageFilters>({ month: undefined, industry: undefined });
  const districts = useCoverage('district', filters);
  const month = districts.data?.month;

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={16} align="center" role="group" aria-label={t('registry.coverage.rate')}>
        <Segmented<RateKind>
          aria-label={t('registry.coverage.rate')}
          value={rate}
          onChange={setRate}
          options={[
            { value: 'foundingRate', label: t('registry.coverage.foundingRate') },
            { value: 'membershipRate', label: t('registry.coverage.membershipRate') },
          ]}
          data-testid="rate-select"
        />
        <Select<Industry | undefined>
          allowClear
          aria-label={t('registry.coverage.industry')}
          placeholder={t('registry.coverage.allIndustries')}
          style={{ width: 160 }}
          value={filters.industry}
          onChange={(industry) => setFilters((current) => ({ ...current, industry }))}
          options={industries.map((value) => ({ value, label: localized(industryNames[value], language) }))}
        />
        <DatePicker
          picker="month"
          aria-label={t('registry.coverage.month')}
          allowClear
          value={filters.month ? dayjs(`${filters.month}-01`) : undefined}
          disabledDate={(date) => date.isAfter(cityToday(), 'month')}
          onChange={(date) =>
            setFilters((current) => ({ ...current, month: date ? date.format('YYYY-MM') : undefined }))
          }
        />
        <Typography.Text type="secondary" data-testid="coverage-scope">
          {districts.data &&
            t('registry.coverage.summaryScope', {
              scope: localized(districts.data.total.name, language),
              month,
            })}
        </Typography.Text>
      </Flex>
      <CoverageSummary total={districts.data?.total} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card
            size="small"
            title={t('registry.coverage.mapTitle', { rate: t(`registry.coverage.${rate}`) })}
          >
            <DistrictMapChart rows={districts.data?.rows} rate={rate} />
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card size="small" title={t('registry.coverage.trendTitle')}>
            <TrendChart filters={filters} rate={rate} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('registry.coverage.tableTitle')}
        extra={
          <Segmented<CoverageDimension>
            aria-label={t('registry.coverage.dimension')}
            size="small"
            value={by}
            onChange={setBy}
            options={dimensions.map((d) => ({ value: d.value, label: t(`registry.coverage.${d.key}`) }))}
            data-testid="dimension-select"
          />
        }
      >
        <CoverageTable by={by} filters={filters} />
      </Card>
    </Flex>
  );
}
