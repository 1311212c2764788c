import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

/** The inferred figures month by month: the month first, then the columns the platform's function has. */
export function ByMonthTable<Month extends { month: string }>({
  months,
  columns,
}: {
  months: readonly Month[];
  columns: TableColumnsType<Month>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t('governance.inference.byMonth')}</Typography.Title>
      <Table<Month>
        size="small"
        rowKey="month"
        pagination={false}
        dataSource={months}
        columns={[{ title: t('governance.inference.month'), dataIndex: 'month' }, ...columns]}
      />
    </>
  );
}
