import { Empty, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { auditKeys, getMetrics } from './api';

/** The descriptive figures of the rule library per platform × month × district, one table per kind of data. */
export function MetricsPanel({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const metrics = useQuery({ queryKey: auditKeys.metrics(runId), queryFn: () => getMetrics(runId) });
  const tables = Object.entries(metrics.data?.tables ?? {});
  if (!metrics.isLoading && tables.length === 0) return <Empty description={t('audits.metrics.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {tables.map(([name, rows]) => (
        <div key={name}>
          <Typography.Title level={5}>{t('audits.metrics.table', { name })}</Typography.Title>
          <Table
            size="small"
            rowKey={(row) => Object.values(row).slice(0, 3).join('|')}
            dataSource={rows}
            scroll={{ x: 1200 }}
            pagination={{ pageSize: 20 }}
            columns={Object.keys(rows[0] ?? {}).map((column) => ({
              title: column,
              dataIndex: column,
              render: (v: string | number | null) => v ?? '—',
            }))}
          />
        </div>
      ))}
    </Space>
  );
}
