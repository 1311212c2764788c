import { useState } from 'react';
import { App, Button, DatePicker, Dropdown, Flex, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type FindingState, findingStates, type FindingView } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { auditKeys, exportFindings, getClauses, listFindings, type FindingFilters } from './api';
import { CaseFromFindingsModal } from './CaseFromFindingsModal';
import {
  amountColumn,
  findingsPager,
  stateColumn,
  useDistrictFilterOptions,
  clauseLabel,
} from './finding-table';
import { findingDistrictsLabel, titleIn } from './labels';
import { OneLine } from '../../shared/OneLine';
import { usePlatformLabel, usePlatformNames } from '../../shared/platform-names';
import { cutToWidth, withTooltip } from '../../shared/table-cells';

const sortOf: Record<string, FindingFilters['sort']> = {
  clauseId: 'clause',
  amount: 'amount',
  day: 'day',
  platform: 'platform',
  district: 'district',
  worker: 'worker',
};

/**
 * The run's findings, filtered, sorted and paged by the server; officers pick findings to open a case. A link may
 * open it on one clause's findings (`?tab=findings&clause=<id>`, as a scorecard point's evidence does).
 */
export function FindingsPanel({ runId, officer }: { runId: string; officer: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const districtOptions = useDistrictFilterOptions();
  const platformName = usePlatformLabel(language);
  // Chosen by name (the list shows 淘宝闪购（饿了么）, not eleme); the code beside it for exports' readers.
  const platformNames = usePlatformNames();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<FindingFilters>(() => ({
    page: 1,
    pageSize: 20,
    clause: params.get('clause') || undefined,
  }));
  const [selected, setSelected] = useState<string[]>([]);
  const [rules, setRules] = useState<ReadonlyMap<string, string>>(new Map());
  const [opening, setOpening] = useState(false);
  const clauses = useQuery({ queryKey: auditKeys.clauses(runId), queryFn: () => getClauses(runId) });
  const clauseTitles = new Map(
    (clauses.data?.items ?? []).map((c) => [c.clauseId, titleIn(language, c.title, c.titleEn)]),
  );
  const findings = useQuery({
    queryKey: auditKeys.findings(runId, filters),
    queryFn: () => listFindings(runId, filters),
    placeholderData: keepPreviousData,
  });
  const set = (change: Partial<FindingFilters>) => setFilters({ ...filters, ...change, page: 1 });
  const text = (name: 'franchisee' | 'worker') => (
    <Input.Search
      aria-label={t(`audits.findings.${name}`)}
      placeholder={t(`audits.findings.${name}`)}
      title={name === 'worker' ? t('audits.findings.workerHint') : undefined}
      allowClear
      style={{ width: 180 }}
      onSearch={(v) => set({ [name]: v.trim() || undefined })}
    />
  );
  const download = (format: 'csv' | 'xlsx' | 'parquet') =>
    exportFindings(runId, filters, format).catch((error: unknown) =>
      message.error(errorMessage(error, language)),
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('audits.findings.clause')}
          style={{ width: 220 }}
          value={filters.clause ?? ''}
          onChange={(v) => set({ clause: v || undefined })}
          options={[
            { value: '', label: t('audits.findings.filterAll', { name: t('audits.findings.clause') }) },
            ...(clauses.data?.items ?? [])
              .filter((c) => c.status === 'applicable')
              .map((c) => ({
                value: c.clauseId,
                label: clauseLabel(c.clauseId, clauseTitles.get(c.clauseId)),
              })),
          ]}
        />
        <Select
          aria-label={t('audits.findings.state')}
          data-testid="finding-state-filter"
          style={{ width: 160 }}
          value={filters.state ?? ''}
          onChange={(v) => set({ state: (v || undefined) as FindingState | undefined })}
          options={[
            { value: '', label: t('audits.findings.filterAll', { name: t('audits.findings.state') }) },
            ...findingStates.map((s) => ({ value: s, label: t(`audits.states.${s}`) })),
          ]}
        />
        <Select
          aria-label={t('audits.findings.district')}
          style={{ width: 160 }}
          value={filters.district ?? ''}
          onChange={(v) => set({ district: v || undefined })}
          options={districtOptions}
        />
        <Select
          aria-label={t('audits.findings.platform')}
          data-testid="finding-platform-filter"
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={filters.platform ?? ''}
          onChange={(v) => set({ platform: v || undefined })}
          options={[
            { value: '', label: t('audits.findings.filterAll', { name: t('audits.findings.platform') }) },
            ...platformNames.map((p) => ({ value: p.code, label: `${p[language]} · ${p.code}` })),
          ]}
        />
        {text('franchisee')}
        {text('worker')}
        <DatePicker.RangePicker
          aria-label={t('audits.findings.day')}
          onChange={(range) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Dropdown
          menu={{
            items: (['csv', 'xlsx', 'parquet'] as const).map((f) => ({ key: f, label: f.toUpperCase() })),
            onClick: ({ key }) => void download(key as 'csv' | 'xlsx' | 'parquet'),
          }}
        >
          <Button icon={<DownloadOutlined />}>{t('audits.findings.export')}</Button>
        </Dropdown>
        {officer && (
          <Button
            icon={<FileAddOutlined />}
            disabled={selected.length === 0}
            onClick={() => setOpening(true)}
          >
            {t('audits.findings.openCase')}
            {selected.length > 0 && ` (${t('audits.findings.selected', { count: selected.length })})`}
          </Button>
        )}
      </Flex>
      {findings.error && (
        <Typography.Text type="danger">{errorMessage(findings.error, language)}</Typography.Text>
      )}
      <Table<FindingView>
        rowKey="key"
        size="small"
        data-testid="audit-findings"
        loading={findings.isFetching}
        dataSource={findings.data?.items ?? []}
        locale={{ emptyText: t('audits.findings.empty') }}
        // Fits a 1,366-pixel laptop screen beside the navigation; narrower screens scroll the table.
        scroll={{ x: 940 }}
        rowSelection={
          officer
            ? {
                selectedRowKeys: selected,
                preserveSelectedRowKeys: true,
                onChange: (keys, rows) => {
                  const next = new Map(rules);
                  for (const row of rows) if (row) next.set(row.key, row.rule);
                  setSelected(keys as string[]);
                  setRules(next);
                },
              }
            : undefined
        }
        onChange={(pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = typeof one?.field === 'string' ? sortOf[one.field] : undefined;
          setFilters({
            ...filters,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? 20,
            sort: one?.order ? field : undefined,
            order: one?.order === 'descend' ? 'desc' : one?.order ? 'asc' : undefined,
          });
        }}
        pagination={findingsPager(filters, findings.data?.total ?? 0, t)}
        columns={[
          {
            title: t('audits.findings.clause'),
            dataIndex: 'clauseId',
            width: 140,
            sorter: true,
            // The clause by its number and title, as the per-clause table names it.
            render: (clause: string, f) => (
              <Link to={`/audits/runs/${runId}/findings/${encodeURIComponent(f.key)}`}>
                {clauseLabel(clause, clauseTitles.get(clause))}
              </Link>
            ),
          },
          {
            title: t('audits.findings.key'),
            dataIndex: 'findingKey',
            ...cutToWidth,
            render: (key: string) => withTooltip(key),
          },
          {
            title: t('audits.findings.platform'),
            dataIndex: 'platform',
            width: 120,
            sorter: true,
            render: (code: string | null) => platformName(code),
          },
          {
            title: t('audits.findings.district'),
            dataIndex: 'district',
            width: 90,
            sorter: true,
            render: (_: string | null, f: FindingView) => findingDistrictsLabel(f, language),
          },
          {
            title: t('audits.findings.worker'),
            dataIndex: 'worker',
            width: 130,
            sorter: true,
            ...cutToWidth,
            render: (worker: string | null) => withTooltip(worker ?? '—'),
          },
          {
            title: t('audits.findings.day'),
            dataIndex: 'day',
            width: 100,
            sorter: true,
            render: (day: string | null) => <OneLine>{day ?? '—'}</OneLine>,
          },
          amountColumn(t),
          stateColumn(t),
        ]}
      />
      <CaseFromFindingsModal
        runId={runId}
        keys={selected}
        rules={selected.flatMap((key) => rules.get(key) ?? [])}
        open={opening}
        onClose={() => setOpening(false)}
      />
    </Space>
  );
}
