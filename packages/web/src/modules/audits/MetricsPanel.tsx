import { Empty, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { auditMetricTableLabels } from '@gigpact/contracts';
import { useLanguage } from '../../shell/session';
import { auditKeys, getMetrics } from './api';
import { ColumnTitle } from './ColumnTitle';
import { districtLabel, metricCell } from './labels';
import { usePlatformLabel } from '../../shared/platform-names';

/** The descriptive figures of the rule library per platform × month × district, one table per kind of data. */
export function MetricsPanel({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformName = usePlatformLabel(language);
  const metrics = useQuery({ queryKey: auditKeys.metrics(runId), queryFn: () => getMetrics(runId) });
  const tables = Object.entries(metrics.data?.tables ?? {});
  if (!metrics.isLoading && tables.length === 0) return <Empty description={t('audits.metrics.empty')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {tables.map(([name, rows]) => (
        <div key={name}>
          <Typography.Title level={5}>
            {t('audits.metrics.table', { name: auditMetricTableLabels[name]?.[language] ?? name })}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(row) => Object.values(row).slice(0, 3).join('|')}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20 }}
            columns={Object.keys(rows[0] ?? {}).map((column) => ({
              title: <ColumnTitle name={column} language={language} />,
              dataIndex: column,
              // A header wraps onto lines of a few characters, never one per line.
              onHeaderCell: () => ({ style: { minWidth: 72 } }),
              // Months and district names stay on one line; the table scrolls sideways instead.
              onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
              render: (v: string | number | null) =>
                column === 'district' && typeof v === 'string'
                  ? districtLabel(v, language)
                  : column === 'platform' && typeof v === 'string'
                    ? platformName(v)
                    : metricCell(column, v),
            }))}
          />
        </div>
      ))}
    </Space>
  );
}
