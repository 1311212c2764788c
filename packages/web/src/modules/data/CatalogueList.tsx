import { useState } from 'react';
import { Alert, Flex, Input, Select, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { canonicalDatasets, datasetKinds, type DatasetKind, type DatasetSummary } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
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
  const [platformText, setPlatformText] = useState(filter.platform ?? '');
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
        <Input
          allowClear
          data-testid="catalogue-platform"
          aria-label={t('data.catalogue.platform')}
          style={{ width: 160 }}
          placeholder={t('data.catalogue.platform')}
          value={platformText}
          onChange={(e) => {
            setPlatformText(e.target.value);
            const platform = platformCode.test(e.target.value) ? e.target.value : undefined;
            set({ platform });
            setInAddress('platform', platform);
          }}
        />
        <Input
          type="date"
          style={{ width: 170 }}
          aria-label={t('data.catalogue.from')}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
        <Input
          type="date"
          style={{ width: 170 }}
          aria-label={t('data.catalogue.to')}
          onChange={(e) => set({ to: e.target.value || undefined })}
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
        scroll={{ x: 1100 }}
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
            width: 170,
            render: (_, d) => <Link to={`/data/datasets/${d.id}`}>{localized(d.kindName, language)}</Link>,
          },
          {
            title: t('data.catalogue.source'),
            render: (_, d) => (
              <Typography.Text ellipsis style={{ maxWidth: 240 }}>
                {d.sourceFileName}
              </Typography.Text>
            ),
          },
          {
            title: t('data.catalogue.platform'),
            width: 160,
            render: (_, d) =>
              d.platform ??
              (d.platforms.length > 3
                ? `${d.platforms.slice(0, 3).join(', ')} +${d.platforms.length - 3}`
                : d.platforms.join(', ') || '—'),
          },
          {
            title: t('data.catalogue.period'),
            width: 230,
            render: (_, d) => (
              <span style={{ whiteSpace: 'nowrap' }}>{formatPeriod(d.periodStart, d.periodEnd)}</span>
            ),
          },
          { title: t('data.catalogue.rows'), dataIndex: 'rowsAccepted', width: 110, align: 'right' },
          {
            title: t('data.catalogue.rejected'),
            width: 110,
            align: 'right',
            render: (_, d) =>
              d.rowsRejected ? <Typography.Text type="danger">{d.rowsRejected}</Typography.Text> : 0,
          },
          { title: t('data.catalogue.by'), dataIndex: 'createdBy', width: 150 },
          {
            title: t('data.catalogue.at'),
            width: 170,
            render: (_, d) => new Date(d.createdAt).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN'),
          },
        ]}
      />
    </Flex>
  );
}
