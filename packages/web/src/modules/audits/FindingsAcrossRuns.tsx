import { Button, DatePicker, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { findingSorts } from '@gigpact/contracts';
import { type FindingState, findingStates, findingStatesOf, type RunFindingView } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { acrossRunsFiltersOf, stateParamOf } from './across-filters';
import { auditKeys, listFindingsAcrossRuns, type AcrossRunsFilters } from './api';
import {
  amountColumn,
  findingsPager,
  stateColumn,
  useDistrictFilterOptions,
  clauseLabel,
} from './finding-table';
import { findingDistrictsLabel, titleIn } from './labels';
import { OneLine } from '../../shared/OneLine';
import { usePlatformLabel } from '../../shared/platform-names';
import { cutToWidth, withTooltip } from '../../shared/table-cells';

type Sort = (typeof findingSorts)[number];
const textFilters = ['clause', 'platform', 'franchisee'] as const;
const sortOf: Record<string, Sort> = {
  clauseId: 'clause',
  amount: 'amount',
  day: 'day',
  platform: 'platform',
  district: 'district',
};

/**
 * The findings of the latest run of each agreement, inside the reader's scope: the list the dashboard's open
 * findings figure counts (`?state=open`). The filters live in the address, so a filtered list can be shared.
 */
export function FindingsAcrossRuns() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const districtOptions = useDistrictFilterOptions();
  const platformName = usePlatformLabel(language);
  const [params, setParams] = useSearchParams();
  const filters = acrossRunsFiltersOf(params);
  const findings = useQuery({
    queryKey: auditKeys.acrossRuns(filters),
    queryFn: () => listFindingsAcrossRuns(filters),
    placeholderData: keepPreviousData,
  });
  const update = (change: Partial<AcrossRunsFilters>, keepPage = false) => {
    const next: Record<string, string> = {};
    const merged: Partial<AcrossRunsFilters> = { ...filters, ...(keepPage ? {} : { page: 1 }), ...change };
    for (const [name, value] of Object.entries(merged))
      if (value !== undefined && value !== '') next[name] = String(value);
    if (next.page === '1') delete next.page;
    if (next.pageSize === '20') delete next.pageSize;
    setParams(next);
  };
  const chosenStates = findingStatesOf(filters.state) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('audits.across.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audits.across.intro')}</Typography.Text>
      </div>
      <Flex gap={8} wrap data-testid="across-filters">
        <Select<FindingState[]>
          mode="multiple"
          aria-label={t('audits.findings.state')}
          data-testid="across-state-filter"
          placeholder={t('audits.findings.filterAll', { name: t('audits.findings.state') })}
          style={{ minWidth: 260 }}
          allowClear
          value={chosenStates}
          onChange={(states) => update({ state: stateParamOf(states) })}
          options={findingStates.map((s) => ({ value: s, label: t(`audits.states.${s}`) }))}
        />
        <Button onClick={() => update({ state: 'open' })} disabled={filters.state === 'open'}>
          {t('audits.across.onlyOpen')}
        </Button>
        <Select
          aria-label={t('audits.findings.district')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          value={filters.district ?? ''}
          onChange={(v) => update({ district: v || undefined })}
          options={districtOptions}
        />
        {textFilters.map((name) => (
          <Input.Search
            key={`${name}:${filters[name] ?? ''}`}
            aria-label={t(`audits.findings.${name}`)}
            placeholder={t(`audits.findings.${name}`)}
            defaultValue={filters[name]}
            allowClear
            style={{ width: 170 }}
            onSearch={(v) => update({ [name]: v.trim() || undefined })}
          />
        ))}
        <DatePicker.RangePicker
          aria-label={t('audits.across.period')}
          value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
      </Flex>
      {findings.error && (
        <Typography.Text type="danger">{errorMessage(findings.error, language)}</Typography.Text>
      )}
      <Table<RunFindingView>
        rowKey={(f) => `${f.runId}/${f.key}`}
        size="small"
        data-testid="across-findings"
        loading={findings.isFetching}
        dataSource={findings.data?.items ?? []}
        locale={{ emptyText: t('audits.findings.empty') }}
        // Fits a 1,366-pixel laptop screen beside the navigation; narrower screens scroll the table.
        scroll={{ x: 980 }}
        onChange={(pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = typeof one?.field === 'string' ? sortOf[one.field] : undefined;
          const sorted = one?.order ? field : undefined;
          update(
            {
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? 20,
              sort: sorted,
              order: sorted ? (one?.order === 'descend' ? 'desc' : 'asc') : undefined,
            },
            true,
          );
        }}
        pagination={findingsPager(filters, findings.data?.total ?? 0, t)}
        columns={[
          {
            title: t('audits.findings.clause'),
            dataIndex: 'clauseId',
            width: 140,
            sorter: true,
            sortOrder: filters.sort === 'clause' ? (filters.order === 'desc' ? 'descend' : 'ascend') : null,
            render: (clause: string, f) => (
              <Link to={`/audits/runs/${f.runId}/findings/${encodeURIComponent(f.key)}`}>
                {clauseLabel(clause, f.clauseTitle && titleIn(language, f.clauseTitle, f.clauseTitleEn))}
              </Link>
            ),
          },
          {
            title: t('audits.across.agreement'),
            dataIndex: 'agreementTitle',
            ...cutToWidth,
            render: (title: string, f) => {
              const named = titleIn(language, title, f.agreementTitleEn);
              return withTooltip(named, <Link to={`/audits/runs/${f.runId}?tab=findings`}>{named}</Link>);
            },
          },
          {
            title: t('audits.findings.key'),
            dataIndex: 'findingKey',
            width: 130,
            ...cutToWidth,
            render: (key: string) => withTooltip(key),
          },
          ...(['platform', 'district'] as const).map((name) => ({
            title: t(`audits.findings.${name}`),
            dataIndex: name,
            width: name === 'platform' ? 120 : 90,
            sorter: true,
            sortOrder:
              filters.sort === name
                ? filters.order === 'desc'
                  ? ('descend' as const)
                  : ('ascend' as const)
                : null,
            render: (v: string | null, f: RunFindingView) =>
              name === 'district' ? findingDistrictsLabel(f, language) : platformName(v),
          })),
          {
            title: t('audits.findings.franchisee'),
            dataIndex: 'franchisee',
            width: 100,
            ...cutToWidth,
            render: (v: string | null) => withTooltip(v ?? '—'),
          },
          {
            title: t('audits.findings.day'),
            dataIndex: 'day',
            width: 100,
            sorter: true,
            sortOrder: filters.sort === 'day' ? (filters.order === 'desc' ? 'descend' : 'ascend') : null,
            render: (d: string | null, f) => <OneLine>{d ?? f.month ?? '—'}</OneLine>,
          },
          {
            ...amountColumn(t),
            sortOrder: filters.sort === 'amount' ? (filters.order === 'desc' ? 'descend' : 'ascend') : null,
          },
          stateColumn(t),
        ]}
      />
    </Space>
  );
}
