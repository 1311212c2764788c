import { useMemo } from 'react';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { EChart } from '../../../shared/charts/EChart';
import type { RateKind } from '../charts/rates';
import { trendOption } from '../charts/trend-option';
import { useCoverageTrend, type CoverageFilters } from './useCoverage';

export function TrendChart({ filters, rate }: { filters: CoverageFilters; rate: RateKind }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trend = useCoverageTrend(filters);
  const option = useMemo(
    () =>
      trend.data &&
      trendOption(trend.data.points, rate, {
        foundingRate: t('registry.coverage.foundingRate'),
        membershipRate: t('registry.coverage.membershipRate'),
      }),
    [trend.data, rate, t],
  );
  if (trend.isError) return <Alert type="error" showIcon title={errorMessage(trend.error, language)} />;
  if (!option) return <Skeleton active />;
  return (
    <div data-testid="coverage-trend" data-points={trend.data?.points.length ?? 0}>
      <EChart option={option} height={280} label={t('registry.coverage.trendLabel')} />
    </div>
  );
}
