import { Alert, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error';
import { fetchSystemFacts } from '../../api/system';
import { formatCityTime } from '../../shared/city-time';
import { useLanguage } from '../../shell/session';

export function SystemFactsCard() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const facts = useQuery({ queryKey: ['system'], queryFn: fetchSystemFacts });

  return (
    <Card title={t('dashboard.systemTitle')} variant="borderless">
      {facts.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {facts.isError && <Alert type="error" showIcon title={errorMessage(facts.error, language)} />}
      {facts.data && (
        <Descriptions column={1} size="small" data-testid="system-facts">
          <Descriptions.Item label={t('dashboard.version')}>{facts.data.version}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.database')}>
            {facts.data.database === 'postgres'
              ? t('dashboard.databasePostgres')
              : t('dashboard.databasePglite')}
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.demoData')}>
            {facts.data.demoData ? (
              <Tag color="orange">{t('dashboard.demoDataOn')}</Tag>
            ) : (
              t('dashboard.demoDataOff')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.startedAt')}>
            {formatCityTime(facts.data.startedAt)}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
