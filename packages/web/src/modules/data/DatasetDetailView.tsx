import { Alert, App, Button, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { formatCityTime } from '../../shared/city-time';
import { usePlatformLabel } from '../../shared/platform-names';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage } from '../../shell/session';
import { datasetKeys, downloadRejected, getDataset } from './api';
import { formatBytes, formatPeriod } from './format';
import { FormatName } from './FormatName';
import { IssuesTable } from './IssuesTable';
import { UnregisteredPlatforms } from './UnregisteredPlatforms';

/** One dataset: where it came from, its period and rows, its columns, and the errors of its ingest. */
export function DatasetDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const platformName = usePlatformLabel(language);
  const query = useQuery({ queryKey: datasetKeys.detail(id), queryFn: () => getDataset(id) });
  const back = <Link to="/data/catalogue">← {t('data.detail.back')}</Link>;
  if (query.isLoading) return <PageSpinner />;
  if (query.error || !query.data)
    return (
      <Space direction="vertical">
        {back}
        <Alert type="error" showIcon title={errorMessage(query.error, language)} />
      </Space>
    );
  const d = query.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="dataset-detail">
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {localized(d.kindName, language)} · {d.sourceFileName}
        </Typography.Title>
        {d.rowsRejected + d.rowsSkipped > 0 && d.mayDownloadRejected && (
          <Button
            onClick={() =>
              void downloadRejected(d.id).catch((error: unknown) =>
                message.error(errorMessage(error, language)),
              )
            }
          >
            {t('data.report.download')}
          </Button>
        )}
      </Flex>
      <UnregisteredPlatforms platforms={d.unregisteredPlatforms} />
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('data.detail.id')} span={3}>
          <Typography.Text code copyable>
            {d.id}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('data.catalogue.platform')}>
          {d.platform
            ? platformName(d.platform)
            : d.platforms.map(platformName).join(language === 'en' ? ', ' : '、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('data.catalogue.period')}>
          {formatPeriod(d.periodStart, d.periodEnd)}
        </Descriptions.Item>
        <Descriptions.Item label={t('data.detail.format')}>
          <FormatName format={d.format} />
        </Descriptions.Item>
        <Descriptions.Item label={t('data.catalogue.rows')}>{d.rowsAccepted}</Descriptions.Item>
        <Descriptions.Item label={t('data.catalogue.rejected')}>{d.rowsRejected}</Descriptions.Item>
        <Descriptions.Item label={t('data.report.skipped')}>{d.rowsSkipped}</Descriptions.Item>
        <Descriptions.Item label={t('data.detail.encoding')}>{d.encoding ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('data.detail.bytes')}>{formatBytes(d.bytes)}</Descriptions.Item>
        <Descriptions.Item label={t('data.detail.policy')}>
          {d.policy === 'reject' ? t('data.upload.reject') : t('data.upload.quarantine')}
        </Descriptions.Item>
        <Descriptions.Item label={t('data.detail.timeZone')}>{d.timeZone}</Descriptions.Item>
        <Descriptions.Item label={t('data.detail.currency')}>{d.currency}</Descriptions.Item>
        <Descriptions.Item label={t('data.detail.pseudonymised')}>{d.pseudonymised}</Descriptions.Item>
        {d.districtsRenamed > 0 && (
          <Descriptions.Item label={t('data.detail.districtsRenamed')}>
            {t('data.detail.districtsRenamedValue', { count: d.districtsRenamed })}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('data.catalogue.by')}>{d.createdBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('data.catalogue.at')}>{formatCityTime(d.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('data.detail.version')}>{d.dataModelVersion}</Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('data.detail.columns')}</Typography.Text>
      <Table
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={d.columns}
        columns={[
          { title: t('data.detail.columnName'), dataIndex: 'name' },
          { title: t('data.detail.columnType'), dataIndex: 'type' },
          { title: t('data.detail.storage'), dataIndex: 'storage' },
        ]}
      />
      {d.ignoredColumns.length > 0 && (
        <Space wrap>
          {t('data.detail.ignored')}:
          {d.ignoredColumns.map((c) => (
            <Tag key={c}>{c}</Tag>
          ))}
        </Space>
      )}
      <Typography.Text strong>
        {t('data.report.errors')} · {t('data.detail.errorCount', { count: d.errorCount })}
      </Typography.Text>
      {d.errors.length > 0 ? (
        <IssuesTable issues={d.errors} />
      ) : (
        <Typography.Text type="secondary">{t('data.report.none')}</Typography.Text>
      )}
    </Space>
  );
}
