import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportReport } from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { fieldLabel } from './templates';

/** What an import did, and every rejected cell by row, field, value and reason in the user's language. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const failed = report.issues.length > 0;
  const outcome = failed
    ? t('registry.import.nothingImported', { rejected: report.rejected || report.issues.length })
    : report.dryRun
      ? t('registry.import.checkedGood', { rows: report.rows })
      : t('registry.import.allGood', {
          rows: report.rows,
          imported: report.imported,
          unchanged: report.unchanged,
        });

  return (
    <section aria-live="polite" data-testid="import-report" data-outcome={failed ? 'rejected' : 'accepted'}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('registry.import.reportTitle', { file: report.fileName })}{' '}
        {report.dryRun && <Tag color="blue">{t('registry.import.dryRunTag')}</Tag>}
      </Typography.Title>
      <Alert type={failed ? 'error' : 'success'} showIcon title={outcome} style={{ marginBottom: 12 }} />
      <Descriptions size="small" column={4} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('registry.import.rows')}>{report.rows}</Descriptions.Item>
        <Descriptions.Item label={t('registry.import.imported')}>{report.imported}</Descriptions.Item>
        <Descriptions.Item label={t('registry.import.unchanged')}>{report.unchanged}</Descriptions.Item>
        <Descriptions.Item label={t('registry.import.rejected')}>{report.rejected}</Descriptions.Item>
      </Descriptions>
      {failed && (
        <Table<ImportIssue & { index: number }>
          rowKey="index"
          size="small"
          dataSource={report.issues.map((issue, index) => ({ ...issue, index }))}
          pagination={report.issues.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          data-testid="import-issues"
          columns={[
            { title: t('registry.import.row'), dataIndex: 'row', width: 80 },
            {
              title: t('registry.import.field'),
              key: 'field',
              width: 240,
              render: (_, issue) => fieldLabel(report.kind, issue.field, language),
            },
            {
              title: t('registry.import.value'),
              key: 'value',
              width: 220,
              render: (_, issue) =>
                issue.value ? (
                  <Typography.Text code>{issue.value}</Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('registry.import.empty')}</Typography.Text>
                ),
            },
            {
              title: t('registry.import.reason'),
              key: 'reason',
              render: (_, issue) => localized(issue, language),
            },
          ]}
        />
      )}
    </section>
  );
}
