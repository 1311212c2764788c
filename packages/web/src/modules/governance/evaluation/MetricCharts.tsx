import type { EstimateView, EvaluationView } from '@gigpact/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Row, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { usePlatformLabel } from '../../../shared/platform-names';
import { getEvaluation, governanceKeys } from '../api';
import { EChart } from '../../../shared/charts/EChart';
import { contrastOption, intervalOption } from '../charts/options';
import { districtAxis } from './district-axis';

const find = (items: EstimateView[] | undefined, where: Record<string, string>) =>
  items?.find((e) => Object.entries(where).every(([k, v]) => e.groups[k] === v)) ?? null;

/**
 * One metric: covered and control arms before and after, beside each arm's change and the
 * difference-in-differences with their intervals; the trend by month per platform, and by district.
 */
export function MetricCharts({
  agreementId,
  metric,
  summary,
}: {
  agreementId: string;
  metric: string;
  summary: EvaluationView;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformName = usePlatformLabel(language);
  const detail = useQuery({
    queryKey: governanceKeys.evaluation(agreementId, metric),
    queryFn: () => getEvaluation(agreementId, metric),
    staleTime: 5 * 60_000,
  });
  const fromSummary = summary.metrics.find((m) => m.key === metric);
  const m = detail.data?.metrics[0];
  const name = t(`governance.metrics.${metric}`);
  const periods = [t('governance.evaluation.before'), t('governance.evaluation.after')];
  const armsOption = useMemo(() => {
    if (!fromSummary) return null;
    const arms = (['treated', 'control'] as const).filter((arm) =>
      fromSummary.cells.some((c) => c.arm === arm),
    );
    return intervalOption(
      periods,
      arms.map((arm) => ({
        name: t(`governance.evaluation.${arm}Arm`),
        estimates: (['before', 'after'] as const).map((period) => find(fromSummary.cells, { arm, period })),
      })),
      fromSummary.unit,
      true,
    );
  }, [fromSummary, language]);
  const didOption = useMemo(() => {
    if (!fromSummary) return null;
    const bars = [
      { name: t('governance.evaluation.columns.change'), value: fromSummary.treatedChange },
      { name: t('governance.evaluation.columns.controlChange'), value: fromSummary.controlChange },
      { name: t('governance.evaluation.columns.did'), value: fromSummary.did },
    ].filter((b) => b.value !== null);
    return contrastOption(bars, fromSummary.unit);
  }, [fromSummary, language]);
  const trendOption = useMemo(() => {
    if (!m?.byMonth) return null;
    const months = [...new Set(m.byMonth.map((e) => e.groups.month!))].sort();
    const platforms = [...new Set(m.byMonth.map((e) => e.groups.platform!))].sort();
    return intervalOption(
      months,
      platforms.map((platform) => ({
        name: platformName(platform),
        estimates: months.map((month) => find(m.byMonth, { platform, month })),
      })),
      m.unit,
      true,
    );
  }, [m, platformName]);
  const districtOption = useMemo(() => {
    if (!m?.byDistrict) return null;
    const districts = districtAxis(m.byDistrict, language);
    return intervalOption(
      districts.labels,
      (['before', 'after'] as const).map((period, i) => ({
        name: periods[i]!,
        estimates: districts.keys.map((district) => find(m.byDistrict, { district, period })),
      })),
      m.unit,
      false,
    );
  }, [m, language]);
  return (
    <Row gutter={[16, 16]} data-testid="metric-charts">
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>
          {t('governance.evaluation.chartTitle', { metric: name })}
        </Typography.Title>
        {armsOption && <EChart option={armsOption} height={280} label={name} testId="before-after-chart" />}
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Title level={5}>{t('governance.evaluation.didTitle', { metric: name })}</Typography.Title>
        {didOption && (
          <EChart
            option={didOption}
            height={280}
            label={t('governance.evaluation.didTitle', { metric: name })}
            testId="did-chart"
          />
        )}
      </Col>
      <Col span={24}>
        <Typography.Title level={5}>
          {t('governance.evaluation.trendTitle', { metric: name })}
        </Typography.Title>
        {detail.isFetching && <Spin />}
        {detail.error && <Alert type="error" title={errorMessage(detail.error, language)} />}
        {trendOption && <EChart option={trendOption} height={280} label={name} testId="trend-chart" />}
      </Col>
      {districtOption && (
        <Col span={24}>
          <Typography.Title level={5}>
            {t('governance.evaluation.districtTitle', { metric: name })}
          </Typography.Title>
          <EChart option={districtOption} height={260} label={name} testId="district-chart" />
        </Col>
      )}
    </Row>
  );
}
