import { Alert, App, Button, Card, Flex, Space, Statistic, Typography } from 'antd';
import type { DatasetIngestResult } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { downloadRejected } from './api';
import { IssuesTable } from './IssuesTable';
import { UnregisteredPlatforms } from './UnregisteredPlatforms';

/** What an upload came to: rows stored, refused and skipped, every error, and the refused rows to download. */
export function ValidationReport({ result }: { result: DatasetIngestResult }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const id = result.dataset_id;
  return (
    <Card size="small" title={t('data.report.title')} data-testid="validation-report">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Flex gap={48} wrap>
          <Statistic
            title={t('data.report.accepted')}
            value={result.rows_accepted}
            data-testid="rows-accepted"
          />
          <Statistic
            title={t('data.report.rejected')}
            value={result.rows_rejected}
            valueStyle={result.rows_rejected ? { color: '#cf1322' } : undefined}
            data-testid="rows-rejected"
          />
          <Statistic title={t('data.report.skipped')} value={result.rows_skipped} />
        </Flex>
        {result.reused && <Alert type="info" showIcon title={t('data.report.reused')} />}
        <UnregisteredPlatforms platforms={result.unregistered_platforms ?? []} />
        {!id && <Alert type="warning" showIcon title={t('data.report.refused')} />}
        {id && (
          <Flex gap={8} align="center" wrap>
            <Typography.Text>
              {t('data.report.stored')} <Typography.Text code>{id.slice(0, 12)}</Typography.Text>
            </Typography.Text>
            <Link to={`/data/datasets/${id}`}>
              <Button size="small">{t('data.report.open')}</Button>
            </Link>
            {result.rows_rejected + result.rows_skipped > 0 && (
              <Button
                size="small"
                data-testid="download-rejected"
                onClick={() =>
                  void downloadRejected(id).catch((error: unknown) =>
                    message.error(errorMessage(error, language)),
                  )
                }
              >
                {t('data.report.download')}
              </Button>
            )}
          </Flex>
        )}
        <Typography.Text strong>{t('data.report.errors')}</Typography.Text>
        {result.errors.length === 0 ? (
          <Typography.Text type="secondary">{t('data.report.none')}</Typography.Text>
        ) : (
          <IssuesTable issues={result.errors} />
        )}
        {result.errors_omitted ? (
          <Typography.Text type="secondary">
            {t('data.report.omitted', { count: result.errors_omitted })}
          </Typography.Text>
        ) : null}
      </Space>
    </Card>
  );
}
