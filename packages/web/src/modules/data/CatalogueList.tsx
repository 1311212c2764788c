import { useState } from 'react';
import { Alert, DatePicker, Flex, Select, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { canonicalDatasets, datasetKinds, type DatasetKind, type DatasetSummary } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { formatCityTime } from '../../shared/city-time';
import { OneLine } from '../../shared/OneLine';
import { cutToWidth, withTooltip } from '../../shared/table-cells';
import { usePlatformLabel, usePlatformNames } from '../../shared/platform-names';
import { useLanguage } from '../../shell/session';
import { datasetKeys, listDatasets, type CatalogueFilter } from './api';
import { formatPeriod } from './format';

const platformCode = /^[a-z0-9_]+$/;

/** The kind and platform a link asks for (`?kind=workers&platform=eleme`), when they are ones the API takes. */
export function filterFromSearch(search: URLSearchParams): Pick<CatalogueFilter, 'kind' | 'platform'> {
  const kind = search.get('kind');
  const platform = search.get('platform');
  return {
    ...(kind && (datasetKinds as readonly string[]).includes(kind) ? { kind: kind as DatasetKind } : {}),
    ...(platform && platformCode.test(platform) ? { platform } : {}),
  };
}

/**
 * The datasets the user may see: kind, source, platform, period, rows, refused rows, who and when. The kind and
 * platform filters are read from and kept in the address, so that a link can open the catalogue filtered.
 */
export function CatalogueList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const [filter, setFilter] = useState<CatalogueFilter>(() => ({
    page: 1,
    pageSize: 20,
    ...filterFromSearch(search),
  }));
  const locale = language === 'en' ? 'en-GB' : 'zh-CN';
  const platforms = usePlatformNames();
  const platformName = usePlatformLabel(language);
  const query = useQuery({
    queryKey: datasetKeys.list(filter),
    queryFn: () => listDatasets(filter),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<CatalogueFilter>) => setFilter({ ...filter, ...patch, page: 1 });
  const setInAddress = (name: 'kind' | 'platform', value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Select
          allowClear
          data-testid="catalogue-kind"
          aria-label={t('data.catalogue.kind')}
          style={{ minWidth: 220 }}
          placeholder={t('data.catalogue.allKinds')}
          value={filter.kind}
          onChange={(kind) => {
            set({ kind });
            setInAddress('kind', kind);
          }}
          options={datasetKinds.map((k) => ({ value: k, label: localized(canonicalDatasets[k], language) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="catalogue-platform"
          aria-label={t('data.catalogue.platform')}
          style={{ minWidth: 200 }}
          placeholder={t('data.catalogue.allPlatforms')}
          value={filter.platform}
          onChange={(platform?: string) => {
            set({ platform });
            setInAddress('platform', platform);
          }}
          options={platforms.map((p) => ({ value: p.code, label: p[language] }))}
        />
        <DatePicker.RangePicker
          aria-label={t('data.catalogue.period')}
          onChange={(range) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
      </Flex>
      {query.error && <Alert type="error" showIcon title={errorMessage(query.error, language)} />}
      <Table<DatasetSummary>
        rowKey="id"
        size="middle"
        data-testid="dataset-catalogue"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('data.catalogue.empty') }}
        // Fits a 1,366-pixel laptop screen beside the navigation; narrower screens scroll the table.
        scroll={{ x: 960 }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: query.data?.total ?? 0,
          showTotal: (count) => t('data.catalogue.total', { count }),
          onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
        }}
        columns={[
          {
            title: t('data.catalogue.kind'),
            width: 110,
            render: (_, d) => <Link to={`/data/datasets/${d.id}`}>{localized(d.kindName, language)}</Link>,
          },
          {
            title: t('data.catalogue.source'),
            ...cutToWidth,
            render: (_, d) => withTooltip(d.sourceFileName),
          },
          {
            title: t('data.catalogue.platform'),
            width: 150,
            render: (_, d) => platformsText(d, platformName, language === 'en' ? ', ' : '、'),
          },
          {
            title: t('data.catalogue.period'),
            width: 190,
            render: (_, d) => <OneLine>{formatPeriod(d.periodStart, d.periodEnd)}</OneLine>,
          },
          {
            title: t('data.catalogue.rows'),
            width: 90,
            align: 'right',
            render: (_, d) => d.rowsAccepted.toLocaleString(locale),
          },
          {
            title: t('data.catalogue.rejected'),
            width: 80,
            align: 'right',
            render: (_, d) =>
              d.rowsRejected ? (
                <Typography.Text type="danger">{d.rowsRejected.toLocaleString(locale)}</Typography.Text>
              ) : (
                0
              ),
          },
          {
            title: t('data.catalogue.by'),
            width: 100,
            ...cutToWidth,
            render: (_, d) => withTooltip(d.createdBy ?? '—'),
          },
          {
            title: t('data.catalogue.at'),
            width: 165,
            render: (_, d) => <OneLine>{formatCityTime(d.createdAt)}</OneLine>,
          },
        ]}
      />
    </Flex>
  );
}

/** The dataset's platform by name, or the first three of those its rows name and how many more. */
function platformsText(
  dataset: DatasetSummary,
  platformName: (code: string) => string,
  separator: string,
): string {
  if (dataset.platform) return platformName(dataset.platform);
  const names = dataset.platforms.map(platformName);
  if (names.length > 3) return `${names.slice(0, 3).join(separator)} +${names.length - 3}`;
  return names.join(separator) || '—';
}
