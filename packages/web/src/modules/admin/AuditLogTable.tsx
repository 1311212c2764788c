import { Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAuditLog, type AuditEntry } from '../../api/admin';
import { errorMessage } from '../../api/api-error';
import { listAddressParams, oneOf, pagingOf } from '../../shared/list-address';
import { useLanguage } from '../../shell/session';
import { auditActionGroups, auditActionKey, type AuditArea } from './audit-actions';
import { formatTime } from './format';
import { pageSizes, type Paging } from './paging';

const knownActions = Object.values(auditActionGroups).flat() as string[];

/** The audit log, newest first, paged on the server and filtered by action. */
export function AuditLogTable() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  // The action filter and page live in the address (`/admin/audit?action=user.create&page=2`).
  const [params, setParams] = useSearchParams();
  const action = oneOf(knownActions, params.get('action'));
  const paging: Paging = pagingOf(params);
  const setQuery = (next: Paging & { action?: string }) => setParams(listAddressParams(next));
  const entries = useQuery({
    queryKey: ['admin', 'audit-log', action, paging.page, paging.pageSize],
    queryFn: () => listAuditLog({ ...paging, action }),
    placeholderData: keepPreviousData,
  });

  const actionName = (value: string) => {
    const key = auditActionKey(value);
    return i18n.exists(key) ? t(key) : value;
  };
  const actionOptions = (Object.keys(auditActionGroups) as AuditArea[]).map((area) => ({
    label: t(`auditAreas.${area}`),
    title: t(`auditAreas.${area}`),
    options: auditActionGroups[area].map((value) => ({ value, label: actionName(value) })),
  }));

  const columns: ColumnsType<AuditEntry> = [
    { title: t('admin.at'), key: 'at', render: (_, entry) => formatTime(entry.at, '') },
    {
      title: t('admin.actor'),
      key: 'actor',
      render: (_, entry) =>
        entry.actorUsername ?? <Typography.Text type="secondary">{t('admin.system')}</Typography.Text>,
    },
    {
      title: t('admin.action'),
      key: 'action',
      render: (_, entry) => (
        <span title={entry.action} data-action={entry.action}>
          {actionName(entry.action)}
        </span>
      ),
    },
    { title: t('admin.subject'), dataIndex: 'subject', key: 'subject' },
    { title: t('admin.ip'), key: 'ip', render: (_, entry) => entry.ip ?? '' },
    {
      title: t('admin.requestId'),
      key: 'requestId',
      render: (_, entry) =>
        entry.requestId ? <Typography.Text code>{entry.requestId}</Typography.Text> : null,
    },
  ];

  return (
    <div>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="audit-action-filter">{t('admin.actionFilter')}</label>
        <Select
          id="audit-action-filter"
          allowClear
          value={action}
          placeholder={t('admin.allActions')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 280 }}
          options={actionOptions}
          onChange={(value: string | undefined) => setQuery({ ...paging, action: value, page: 1 })}
          data-testid="audit-action-filter"
        />
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={entries.data?.items ?? []}
        loading={entries.isFetching}
        scroll={{ x: 900 }}
        expandable={{
          // What the action was done with (an export's format, filters and rows), for the entries that say.
          rowExpandable: (entry) => entry.details !== null && Object.keys(entry.details).length > 0,
          expandedRowRender: (entry) => (
            <pre data-testid="audit-details" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {JSON.stringify(entry.details, null, 2)}
            </pre>
          ),
        }}
        locale={entries.isError ? { emptyText: errorMessage(entries.error, language) } : undefined}
        data-testid="audit-table"
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: entries.data?.total ?? 0,
          pageSizeOptions: pageSizes,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) =>
            setQuery({ action, page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
      />
    </div>
  );
}
