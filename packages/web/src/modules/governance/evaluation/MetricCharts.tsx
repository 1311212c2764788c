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
import { contrastOption, intervalOption, trendOption } from '../charts/options';
import { districtAxis } from './district-axis';

const find = (items: EstimateView[] | undefined, where: Record<string, string>) =>
  items?.find((e) => Object.entries(where).every(([k, v]) => e.groups[k] === v)) ?? null;

/**
 * One metric: covered and control arms before and after, beside each arm's change and the
 * difference-in-differences with their intervals (the covered arm's alone, and its change, where there is no
 * control arm); the trend by month per platform, gaps left open and the effective date marked, and by district.
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
  const changesTitle = t(
    summary.noControl ? 'governance.evaluation.changeTitle' : 'governance.evaluation.didTitle',
    { metric: name },
  );
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
  const monthlyOption = useMemo(() => {
    if (!m?.byMonth) return null;
    return trendOption(m.byMonth, platformName, m.unit, {
      date: summary.effectiveFrom,
      label: t('governance.evaluation.effectiveMark', { date: summary.effectiveFrom }),
    });
  }, [m, platformName, summary.effectiveFrom, language]);
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
        <Typography.Title level={5}>{changesTitle}</Typography.Title>
        {didOption && <EChart option={didOption} height={280} label={changesTitle} testId="did-chart" />}
      </Col>
      <Col span={24}>
        <Typography.Title level={5}>
          {t('governance.evaluation.trendTitle', { metric: name })}
        </Typography.Title>
        {detail.isFetching && <Spin />}
        {detail.error && <Alert type="error" title={errorMessage(detail.error, language)} />}
        {monthlyOption && <EChart option={monthlyOption} height={280} label={name} testId="trend-chart" />}
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
