import type { EvaluationView, GovernanceAgreementView, Language } from '@gigpact/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { districtLabel } from '../../audits/labels';
import { usePlatformLabel } from '../../../shared/platform-names';
import { getEvaluation, governanceKeys, listGovernanceAgreements } from '../api';
import { MetricCharts } from './MetricCharts';
import { MetricTable } from './MetricTable';
import { DataNotices } from '../DataNotices';

/**
 * The rest of what the agreement covers besides its platforms: districts (named in the reader's language), rider
 * types, franchisees.
 */
const treatedScope = (treated: EvaluationView['treated'], t: TFunction, language: Language) =>
  (
    [
      ['treatedDistricts', treated.districts.map((d) => districtLabel(d, language))],
      ['treatedRiderTypes', treated.riderTypes],
      ['treatedFranchisees', treated.franchisees],
    ] as const
  )
    .filter(([, items]) => items.length > 0)
    .map(([key, items]) =>
      t(`governance.evaluation.${key}`, { items: items.join(t('governance.evaluation.platformSeparator')) }),
    )
    .join('');

/** Whether the reader's scope holds none of the rows the agreement covers: no metric has a covered estimate. */
const coveredRowsMissing = (view: EvaluationView) =>
  view.metrics.every((m) => m.cells.every((c) => c.arm !== 'treated' || c.estimate === null));

const title = (a: GovernanceAgreementView, language: string) =>
  language === 'en' && a.titleEn ? a.titleEn : a.title;

/** Before/after an agreement: every metric with intervals and the difference-in-differences; charts of one. */
export function EvaluationPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformName = usePlatformLabel(language);
  const agreements = useQuery({ queryKey: governanceKeys.agreements, queryFn: listGovernanceAgreements });
  // A link may open an agreement on one metric (`?agreement=<id>&metric=<key>`, as a scorecard point's evidence does).
  const [params] = useSearchParams();
  const [agreementId, setAgreementId] = useState<string | undefined>(
    () => params.get('agreement') || undefined,
  );
  const [metric, setMetric] = useState<string | undefined>(() => params.get('metric') || undefined);
  useEffect(() => {
    if (agreementId || !agreements.data) return;
    // Start with an agreement whose effective date lies inside the stored data.
    const inside = agreements.data.items.find((a) => a.daysBefore > 0 && a.daysAfter > 0);
    setAgreementId((inside ?? agreements.data.items[0])?.id);
  }, [agreements.data, agreementId]);
  const evaluation = useQuery({
    queryKey: governanceKeys.evaluation(agreementId ?? ''),
    queryFn: () => getEvaluation(agreementId!),
    enabled: agreementId !== undefined,
    staleTime: 5 * 60_000,
  });
  const chosen = agreements.data?.items.find((a) => a.id === agreementId);
  const view = evaluation.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {agreements.error && <Alert type="error" title={errorMessage(agreements.error, language)} />}
      {/* The select takes the row and shrinks with it: long titles end in an ellipsis, not off a phone's screen. */}
      <Flex wrap gap={8} align="center">
        <Typography.Text strong>{t('governance.evaluation.agreement')}</Typography.Text>
        <Select
          data-testid="evaluation-agreement"
          aria-label={t('governance.evaluation.agreement')}
          style={{ flex: '1 1 320px', minWidth: 0, maxWidth: 640 }}
          placeholder={t('governance.evaluation.pick')}
          value={agreementId}
          loading={agreements.isLoading}
          onChange={(id) => {
            setAgreementId(id);
            setMetric(undefined);
          }}
          options={(agreements.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${title(a, language)} · ${a.effectiveFrom}`,
          }))}
        />
      </Flex>
      {chosen && (
        <Typography.Text type="secondary">
          {t('governance.evaluation.effective', {
            date: chosen.effectiveFrom,
            before: chosen.daysBefore,
            after: chosen.daysAfter,
          })}
        </Typography.Text>
      )}
      {evaluation.isFetching && (
        <Spin tip={t('governance.evaluation.computing')}>{<div style={{ height: 48 }} />}</Spin>
      )}
      {evaluation.error && <Alert type="error" title={errorMessage(evaluation.error, language)} />}
      {view && !evaluation.isFetching && (
        <>
          <DataNotices notices={view.notices} />
          <Alert
            type="info"
            showIcon
            title={`${t('governance.evaluation.treated', {
              platforms:
                view.treated.platforms.map(platformName).join(t('governance.evaluation.platformSeparator')) ||
                t('governance.evaluation.allPlatforms'),
              scope: treatedScope(view.treated, t, language),
            })}${
              // Without a control arm, the notice below says so and why.
              view.noControl ? '' : ` · ${t(`governance.evaluation.control.${view.control}`)}`
            }`}
            description={
              <>
                {t('governance.evaluation.method', { replicates: view.replicates, seed: view.seed })}
                {view.scope.district && (
                  <div>
                    {t('governance.scope.district', {
                      district: districtLabel(view.scope.district, language),
                    })}
                  </div>
                )}
                {view.scope.platform && (
                  <div>{t('governance.scope.platform', { platform: platformName(view.scope.platform) })}</div>
                )}
              </>
            }
          />
          {view.noControl && !coveredRowsMissing(view) && (
            <Alert
              type="info"
              showIcon
              data-testid="no-control"
              title={t('governance.evaluation.noControl.title')}
              description={t(`governance.evaluation.noControl.${view.noControl}`)}
            />
          )}
          {view.metrics.length === 0 ? (
            <Alert type="warning" title={t('governance.evaluation.noData')} />
          ) : coveredRowsMissing(view) ? (
            <Alert
              type="warning"
              data-testid="no-covered-data"
              title={t('governance.evaluation.noCoveredData')}
            />
          ) : (
            <MetricTable
              metrics={view.metrics}
              selected={metric}
              onSelect={setMetric}
              withControl={view.noControl === null}
            />
          )}
          {view.metrics.length === 0 || coveredRowsMissing(view) ? null : metric ? (
            <MetricCharts agreementId={view.agreementId} metric={metric} summary={view} />
          ) : (
            <Typography.Text type="secondary">{t('governance.evaluation.choose')}</Typography.Text>
          )}
        </>
      )}
    </Space>
  );
}
