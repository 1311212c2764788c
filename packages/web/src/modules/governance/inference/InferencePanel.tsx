import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../api/api-error';
import { usePlatformLabel } from '../../../shared/platform-names';
import { useLanguage } from '../../../shell/session';
import { DataNotices } from '../DataNotices';
import { getInference, governanceKeys } from '../api';
import { DeliveryInferenceView } from './DeliveryInferenceView';
import { inferenceEmpty, noDataNotice } from './inference-content';
import { RideInferenceView } from './RideInferenceView';

type Industry = 'food_delivery' | 'ride_hailing';

/** A platform's time and pay functions (delivery) or its take (rides), inferred from stored outcomes. */
export function InferencePanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformName = usePlatformLabel(language);
  const [search, setSearch] = useSearchParams();
  const [industry, setIndustry] = useState<Industry>(
    search.get('industry') === 'ride_hailing' ? 'ride_hailing' : 'food_delivery',
  );
  const platform = search.get('platform') ?? undefined;
  const all = useQuery({
    queryKey: governanceKeys.inference(industry),
    queryFn: () => getInference(industry),
    staleTime: 5 * 60_000,
  });
  const query = useQuery({
    queryKey: governanceKeys.inference(industry, platform),
    queryFn: () => getInference(industry, platform),
    staleTime: 5 * 60_000,
  });
  const setPlatform = (value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set('platform', value);
    else next.delete('platform');
    setSearch(next);
  };
  // While another platform's or industry's figures load, the previous ones are not shown as theirs.
  const view = query.isFetching ? undefined : query.data;
  const empty = view !== undefined && inferenceEmpty(view);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>{t('governance.inference.industry')}</Typography.Text>
        <Select<Industry>
          data-testid="inference-industry"
          aria-label={t('governance.inference.industry')}
          value={industry}
          style={{ width: 160 }}
          onChange={(value) => {
            setIndustry(value);
            setPlatform(undefined);
          }}
          options={(['food_delivery', 'ride_hailing'] as const).map((i) => ({
            value: i,
            label: t(`governance.inference.${i}`),
          }))}
        />
        <Typography.Text strong>{t('governance.inference.platform')}</Typography.Text>
        <Select<string>
          data-testid="inference-platform"
          aria-label={t('governance.inference.platform')}
          allowClear
          value={platform}
          style={{ width: 180 }}
          placeholder={t('governance.inference.allPlatforms')}
          onChange={(value) => setPlatform(value)}
          options={(all.data?.platforms ?? []).map((p) => ({ value: p, label: platformName(p) }))}
        />
      </Space>
      <Typography.Text type="secondary">{t('governance.inference.method')}</Typography.Text>
      {query.isFetching && <Spin />}
      {query.error && <Alert type="error" title={errorMessage(query.error, language)} />}
      {view && <DataNotices notices={view.notices} />}
      {view && empty && (
        <Alert
          type="warning"
          showIcon
          data-testid="inference-no-data"
          title={noDataNotice(t, view, platform, language, platformName)}
        />
      )}
      {view && !empty && view.delivery && !platform && view.platforms.length > 1 && (
        <Alert
          type="info"
          showIcon
          data-testid="inference-pooled"
          title={t('governance.inference.pooled', { count: view.platforms.length })}
        />
      )}
      {view && !empty && view.delivery && <DeliveryInferenceView view={view.delivery} />}
      {view && !empty && view.rides && <RideInferenceView view={view.rides} />}
      {view && !view.delivery && !view.rides && (
        <Alert type="warning" showIcon title={t('governance.inference.noData')} />
      )}
    </Space>
  );
}
