import { Button, Table, Tag } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { enterpriseKindNames, regionTree, unionStatusNames, type UnionStatus } from '@gigpact/contracts';
import { listEnterprises, type EnterpriseSummary } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { placeOf } from '../scope';
import { useLanguage } from '../../../shell/session';
import { platformLabelOfName, usePlatformNames } from '../../../shared/platform-names';
import type { EnterpriseListState } from './filters';

export const enterprisesKey = ['registry', 'enterprises'] as const;

const statusColours: Record<UnionStatus, string> = { none: 'red', preparing: 'gold', founded: 'green' };
const sortable = ['name', 'workers', 'district', 'unionStatus'] as const;
type SortField = (typeof sortable)[number];

/** The enterprises of the user's area, filtered, sorted and paged by the server. */
export function EnterprisesTable({
  state,
  onChange,
  onEdit,
}: {
  state: EnterpriseListState;
  onChange: (next: EnterpriseListState) => void;
  onEdit: (enterprise: EnterpriseSummary) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformNames = usePlatformNames();
  const list = useQuery({
    queryKey: [...enterprisesKey, state],
    queryFn: () => listEnterprises(state),
    placeholderData: keepPreviousData,
  });
  const sortOrder = (field: SortField) =>
    (state.sort ?? 'name') === field ? (state.order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: ColumnsType<EnterpriseSummary> = [
    {
      title: t('registry.enterprises.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      width: 260,
      render: (name: string, e) => (
        <div>
          <div>{name}</div>
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>{e.creditCode ?? '—'}</div>
        </div>
      ),
    },
    {
      title: t('registry.enterprises.kind'),
      key: 'kind',
      render: (_, e) => localized(enterpriseKindNames[e.kind], language),
    },
    {
      title: t('registry.enterprises.platform'),
      key: 'platform',
      render: (_, e) => platformLabelOfName(e.platformName, platformNames, language),
    },
    {
      title: t('registry.enterprises.district'),
      key: 'district',
      sorter: true,
      sortOrder: sortOrder('district'),
      render: (_, e) => placeOf(e, regionTree, language),
    },
    {
      title: t('registry.enterprises.unionStatus'),
      key: 'unionStatus',
      sorter: true,
      sortOrder: sortOrder('unionStatus'),
      render: (_, e) => (
        <Tag color={statusColours[e.unionStatus]} data-status={e.unionStatus}>
          {localized(unionStatusNames[e.unionStatus], language)}
          {e.unionFoundedOn ? ` ${e.unionFoundedOn}` : ''}
        </Tag>
      ),
    },
    {
      title: t('registry.enterprises.workers'),
      dataIndex: 'workers',
      key: 'workers',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('workers'),
    },
    { title: t('registry.enterprises.members'), dataIndex: 'members', key: 'members', align: 'right' },
    {
      title: t('registry.enterprises.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, e) => (
        <Button
          size="small"
          onClick={() => onEdit(e)}
          aria-label={`${t('registry.enterprises.edit')} ${e.name}`}
        >
          {t('registry.enterprises.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Table<EnterpriseSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={list.data?.items ?? []}
      loading={list.isFetching}
      scroll={{ x: 1000 }}
      locale={list.isError ? { emptyText: errorMessage(list.error, language) } : undefined}
      data-testid="enterprises-table"
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') {
          const { columnKey, order } = sorter as SorterResult<EnterpriseSummary>;
          const field = sortable.find((s) => s === columnKey);
          onChange({
            ...state,
            page: 1,
            sort: order && field ? field : undefined,
            order: order === 'descend' ? 'desc' : undefined,
          });
          return;
        }
        const pageSize = pagination.pageSize ?? state.pageSize;
        onChange({ ...state, page: pageSize === state.pageSize ? (pagination.current ?? 1) : 1, pageSize });
      }}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total: list.data?.total ?? 0,
        pageSizeOptions: [10, 20, 50, 100],
        showSizeChanger: true,
        showTotal: (total) => (
          <span data-testid="enterprises-total">{t('common.total', { count: total })}</span>
        ),
      }}
    />
  );
}
