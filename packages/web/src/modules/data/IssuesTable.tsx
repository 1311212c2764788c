import { Table, Typography } from 'antd';
import type { DatasetDetail } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized';
import { useLanguage } from '../../shell/session';

type Issue = DatasetDetail['errors'][number];

/** Row errors of an ingest — line, column, value, code and the problem in the user's language — by pages. */
export function IssuesTable({ issues }: { issues: Issue[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div data-testid="dataset-issues">
      <Table<Issue & { key: number }>
        size="small"
        dataSource={issues.map((issue, key) => ({ ...issue, key }))}
        scroll={{ x: 800 }}
        pagination={{
          pageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          hideOnSinglePage: true,
          showTotal: (count) => t('data.report.total', { count }),
        }}
        columns={[
          { title: t('data.report.line'), dataIndex: 'line', width: 80 },
          {
            title: t('data.report.column'),
            dataIndex: 'column',
            width: 150,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('data.report.value'),
            dataIndex: 'value',
            width: 180,
            render: (v: string | null) => (v === null ? '—' : <Typography.Text code>{v}</Typography.Text>),
          },
          { title: t('data.report.code'), dataIndex: 'code', width: 160 },
          { title: t('data.report.message'), render: (_, issue) => localized(issue.message, language) },
        ]}
      />
    </div>
  );
}
