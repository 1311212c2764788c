import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { industryNames } from '@gigpact/contracts';
import { listPlatforms, type PlatformSummary } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { platformsKey } from '../enterprises/EnterpriseFilterBar';

export const platformName = (p: PlatformSummary, language: string) =>
  language === 'en' ? p.nameEn : p.nameZh;

export function PlatformUnionTag({ platform }: { platform: PlatformSummary }) {
  const { t } = useTranslation();
  return platform.unionFoundedOn ? (
    <Tag color="green">{t('registry.platforms.unionFounded', { date: platform.unionFoundedOn })}</Tag>
  ) : (
    <Tag color="red">{t('registry.platforms.noUnion')}</Tag>
  );
}

/** The platforms, city-wide records; their enterprise and member counts are those of the user's area. */
export function PlatformsPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platforms = useQuery({ queryKey: platformsKey, queryFn: listPlatforms });
  const count = (value: number) => value.toLocaleString('en-US');
  const columns: ColumnsType<PlatformSummary> = [
    {
      title: t('registry.platforms.name'),
      key: 'name',
      render: (_, p) => <Link to={`/registry/platforms/${p.code}`}>{platformName(p, language)}</Link>,
      sorter: (a, b) => a.nameZh.localeCompare(b.nameZh, 'zh'),
    },
    {
      title: t('registry.platforms.industry'),
      key: 'industry',
      render: (_, p) => localized(industryNames[p.industry], language),
      filters: Object.entries(industryNames).map(([value, name]) => ({
        value,
        text: localized(name, language),
      })),
      onFilter: (value, p) => p.industry === value,
    },
    {
      title: t('registry.platforms.hq'),
      key: 'hq',
      render: (_, p) => (p.hqDistrictName ? localized(p.hqDistrictName, language) : '—'),
    },
    {
      title: t('registry.platforms.union'),
      key: 'union',
      render: (_, p) => <PlatformUnionTag platform={p} />,
      filters: [
        { value: 'founded', text: t('registry.platforms.hasUnion') },
        { value: 'none', text: t('registry.platforms.noUnion') },
      ],
      onFilter: (value, p) => (value === 'founded') === (p.unionFoundedOn !== null),
    },
    {
      title: t('registry.platforms.workersEstimate'),
      dataIndex: 'workersEstimate',
      align: 'right',
      render: count,
      sorter: (a, b) => a.workersEstimate - b.workersEstimate,
    },
    {
      title: t('registry.platforms.enterprises'),
      dataIndex: 'enterprises',
      align: 'right',
      render: count,
      sorter: (a, b) => a.enterprises - b.enterprises,
    },
    {
      title: t('registry.platforms.enterprisesWithUnion'),
      dataIndex: 'enterprisesWithUnion',
      align: 'right',
      render: count,
    },
    {
      title: t('registry.platforms.members'),
      dataIndex: 'members',
      align: 'right',
      render: count,
      sorter: (a, b) => a.members - b.members,
    },
  ];
  return (
    <Table<PlatformSummary>
      rowKey="code"
      size="small"
      columns={columns}
      dataSource={platforms.data ?? []}
      loading={platforms.isFetching}
      pagination={false}
      scroll={{ x: 960 }}
      locale={platforms.isError ? { emptyText: errorMessage(platforms.error, language) } : undefined}
      data-testid="platforms-table"
    />
  );
}
