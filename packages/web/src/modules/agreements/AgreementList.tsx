import { useMemo, useState } from 'react';
import { Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  agreementStatuses,
  industries,
  type AgreementStatusName,
  type AgreementSummary,
  type Industry,
} from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { useLanguage, useSession } from '../../shell/session';
import { OneLine } from '../../shared/OneLine';
import { usePlatformLabel } from '../../shared/platform-names';
import { agreementKeys, listAgreements } from './api';
import { InForceHint } from './InForceHint';
import { industryLabel, statusColours, statusLabel } from './labels';
import { statusFromSearch, withStatus } from './list-filter';

type Row = AgreementSummary & { children?: Row[] };

/** Brand agreements with the franchisee agreements under them as a tree. */
export function cascade(items: AgreementSummary[]): Row[] {
  const byId = new Map<string, Row>(items.map((a) => [a.id, { ...a }]));
  const roots: Row[] = [];
  for (const row of byId.values()) {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

export function AgreementList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformLabel = usePlatformLabel(language);
  const navigate = useNavigate();
  const session = useSession();
  const [industry, setIndustry] = useState<Industry | undefined>();
  const [search, setSearch] = useSearchParams();
  const status = statusFromSearch(search);
  const query = useQuery({ queryKey: agreementKeys.list(industry), queryFn: () => listAgreements(industry) });
  const shown = useMemo(() => withStatus(query.data?.items ?? [], status), [query.data, status]);
  const rows = useMemo(() => cascade(shown), [shown]);
  const chooseStatus = (value: AgreementStatusName | 'all') =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'all') next.delete('status');
        else next.set('status', value);
        return next;
      },
      { replace: true },
    );
  const parents = useMemo(() => rows.filter((r) => r.children?.length).map((r) => r.id), [rows]);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const mayDraft = ['city_admin', 'district_officer'].includes(session.data?.user.role ?? '');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('agreements.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('agreements.intro')}</Typography.Text>
        </div>
        <Space wrap>
          <label htmlFor="agreement-status">{t('agreements.status')}</label>
          <Select<AgreementStatusName | 'all'>
            id="agreement-status"
            style={{ width: 140 }}
            value={status ?? 'all'}
            onChange={chooseStatus}
            options={[
              { value: 'all', label: t('agreements.allStatuses') },
              ...agreementStatuses.map((s) => ({ value: s, label: statusLabel(s, language) })),
            ]}
            data-testid="agreement-status-filter"
          />
          <label htmlFor="agreement-industry">{t('agreements.industry')}</label>
          <Select
            id="agreement-industry"
            style={{ width: 160 }}
            value={industry ?? 'all'}
            onChange={(value) => setIndustry(value === 'all' ? undefined : (value as Industry))}
            options={[
              { value: 'all', label: t('agreements.allIndustries') },
              ...industries.map((i) => ({ value: i, label: industryLabel(i, language) })),
            ]}
          />
          {mayDraft && (
            <Button type="primary" onClick={() => void navigate('/agreements/new')}>
              {t('agreements.newAgreement')}
            </Button>
          )}
        </Space>
      </Flex>
      {query.error && <Typography.Text type="danger">{errorMessage(query.error, language)}</Typography.Text>}
      <Table<Row>
        rowKey="id"
        data-testid="agreement-list"
        loading={query.isLoading}
        dataSource={rows}
        pagination={false}
        // A phone scrolls the table sideways rather than breaking titles and dates into a column of characters.
        scroll={{ x: 900 }}
        expandable={{
          // Cascades start unfolded; a user may fold them.
          expandedRowKeys: parents.filter((id) => !collapsed.includes(id)),
          onExpandedRowsChange: (keys) => setCollapsed(parents.filter((id) => !keys.includes(id))),
        }}
        footer={() => (
          <Flex justify="space-between" wrap gap={8}>
            <Typography.Text data-testid="agreement-count">
              {t('agreements.count', { count: shown.length })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('agreements.cascade')}</Typography.Text>
          </Flex>
        )}
        columns={[
          {
            title: t('agreements.columns.title'),
            dataIndex: 'title',
            render: (_, row) => (
              <Link to={`/agreements/${encodeURIComponent(row.id)}`}>
                {language === 'en' && row.titleEn ? row.titleEn : row.title}
              </Link>
            ),
          },
          {
            title: t('agreements.columns.industry'),
            dataIndex: 'industry',
            width: 110,
            render: (value: Industry) => industryLabel(value, language),
          },
          {
            title: t('agreements.columns.platforms'),
            dataIndex: 'platforms',
            width: 140,
            render: (platforms: string[]) => platforms.map((p) => <Tag key={p}>{platformLabel(p)}</Tag>),
          },
          {
            title: t('agreements.columns.status'),
            dataIndex: 'status',
            width: 150,
            render: (status: Row['status'], row) => (
              <Flex vertical align="start" gap={4}>
                <Tag color={statusColours[status]}>{statusLabel(status, language)}</Tag>
                <InForceHint agreement={row} />
              </Flex>
            ),
          },
          {
            title: t('agreements.columns.effectiveFrom'),
            dataIndex: 'effectiveFrom',
            width: 110,
            render: (date: string) => <OneLine>{date}</OneLine>,
          },
          {
            title: t('agreements.columns.version'),
            dataIndex: 'versionLabel',
            width: 80,
            render: (label: string | null, row) => label ?? `#${row.currentVersion}`,
          },
          {
            title: t('agreements.columns.clauses'),
            width: 120,
            render: (_, row) => `${row.checkableClauses} / ${row.clauses}`,
          },
        ]}
      />
    </Space>
  );
}
