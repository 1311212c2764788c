import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The inferred figures month by month: the month first, then the columns the platform's function has. Headed
 * "by month" unless the page has several such tables and names each.
 */
export function ByMonthTable<Month extends { month: string }>({
  months,
  columns,
  title,
  testId,
}: {
  months: readonly Month[];
  columns: TableColumnsType<Month>;
  title?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Typography.Title level={5}>{title ?? t('governance.inference.byMonth')}</Typography.Title>
      <Table<Month>
        size="small"
        rowKey="month"
        pagination={false}
        dataSource={months}
        columns={[{ title: t('governance.inference.month'), dataIndex: 'month' }, ...columns]}
      />
    </div>
  );
}
