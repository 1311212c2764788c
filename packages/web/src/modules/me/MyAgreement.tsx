import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error';
import { BackLink } from '../../shared/BackLink';
import { usePlatformLabel } from '../../shared/platform-names';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage } from '../../shell/session';
import { agreementKeys, getPublicAgreement, listRules } from '../agreements/api';
import { industryLabel } from '../agreements/labels';
import { platformNames, workerClauses } from './agreement-view';

interface AgreementDocument {
  clauses?: Parameters<typeof workerClauses>[0]['clauses'];
  parties?: { name: string; role: string }[];
  effective_to?: string;
  signed_on?: string;
}

/**
 * One agreement as a worker reads it, at `/me/agreements/<id>` inside the worker's pages: who it binds, since when,
 * and each clause's title and text in their language. No rule codes, formulas, parameters or sources: those are on
 * the public disclosure page.
 */
export function MyAgreement({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformLabel = usePlatformLabel(language);
  const query = useQuery({ queryKey: ['public', 'agreement', id], queryFn: () => getPublicAgreement(id) });
  const rules = useQuery({ queryKey: agreementKeys.rules, queryFn: listRules, staleTime: Infinity });
  const back = <BackLink to="/me">{t('me.agreementBack')}</BackLink>;
  if (query.isLoading) return <PageSpinner />;
  if (query.error || !query.data)
    return (
      <Space orientation="vertical">
        {back}
        <Alert
          type="error"
          title={query.error ? errorMessage(query.error, language) : t('me.agreementMissing')}
        />
      </Space>
    );
  const a = query.data;
  const document = a.document as AgreementDocument;
  const clauses = workerClauses(document, rules.data?.items ?? [], language);
  const allOriginal = clauses.length > 0 && clauses.every((c) => c.original);
  const platforms =
    platformNames(a.platforms, platformLabel, document.parties, language) ?? t('me.allPlatforms');
  return (
    <div style={{ maxWidth: 720 }} data-testid="me-agreement">
      {back}
      <Card variant="borderless" style={{ marginTop: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0, overflowWrap: 'anywhere' }}>
          {language === 'en' && a.titleEn ? a.titleEn : a.title}
        </Typography.Title>
        <Space wrap size={[12, 4]} style={{ marginBottom: 8 }}>
          <span>{industryLabel(a.industry, language)}</span>
          <span>{t('me.agreementPlatforms', { platforms })}</span>
          <span>
            {t('me.agreementFrom', { from: a.effectiveFrom })}
            {document.effective_to && <> {t('me.agreementUntil', { to: document.effective_to })}</>}
          </span>
          {document.signed_on && <span>{t('me.agreementSigned', { date: document.signed_on })}</span>}
        </Space>
        <Typography.Paragraph type="secondary">{t('me.agreementIntro')}</Typography.Paragraph>
        {allOriginal && (
          <Alert type="info" showIcon title={t('me.originalText')} style={{ marginBottom: 8 }} />
        )}
        <List
          dataSource={clauses}
          rowKey="id"
          data-testid="me-agreement-clauses"
          renderItem={(clause, i) => (
            <List.Item style={{ paddingInline: 0 }}>
              <Space orientation="vertical" size={2} style={{ width: '100%', minWidth: 0 }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {i + 1}. {clause.title}
                </Typography.Text>
                <Typography.Text
                  lang={clause.original ? 'zh' : undefined}
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {clause.text}
                </Typography.Text>
                {clause.original && !allOriginal && (
                  <Tag style={{ alignSelf: 'flex-start' }}>{t('me.originalText')}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
