import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage } from '../../shell/session';
import { agreementKeys, getPublicAgreement, listPublicAgreements } from '../agreements/api';
import type { Clause } from '../agreements/clause';
import { ClausesTable } from '../agreements/ClausesTable';
import { industryLabel, statusColours, statusLabel } from '../agreements/labels';
import { registerAgreementMessages } from '../agreements/register-messages';
import { registerGovernanceMessages } from '../governance/register-messages';
import { platformNames } from '../me/agreement-view';
import { usePlatformLabel } from '../../shared/platform-names';
import { PublicFrame } from './PublicFrame';
import { PublicHeading } from './PublicHeading';

registerAgreementMessages();
registerGovernanceMessages();

/**
 * The public's view, for anyone without an account: the agreements in force and the rules that check them.
 * `/public/agreements` lists them; `/public/agreements/<id>` shows one clause by clause, each with what its
 * rule checks in words.
 */
export function PublicAgreementsPage() {
  const { t } = useTranslation();
  const id = useParams()['id'];
  return (
    <PublicFrame home="/public/agreements" signInLabel={t('agreements.public.signIn')}>
      {id ? <PublicAgreement id={id} /> : <PublicList />}
    </PublicFrame>
  );
}

function PublicList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery({ queryKey: agreementKeys.publicList, queryFn: listPublicAgreements });
  return (
    <Card variant="borderless">
      <PublicHeading title={t('agreements.public.title')} intro={t('agreements.public.intro')} />
      <Space wrap size="middle" style={{ marginBottom: 12 }}>
        <Link to="/public/rules">{t('agreements.public.rulesLink')}</Link>
        <Link to="/public/scorecards">{t('governance.scorecards.publicTitle')}</Link>
      </Space>
      {query.error && <Alert type="error" title={errorMessage(query.error, language)} />}
      <List
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Link to={`/public/agreements/${encodeURIComponent(a.id)}`}>
                  {language === 'en' && a.titleEn ? a.titleEn : a.title}
                </Link>
              }
              description={
                <Space wrap>
                  <Tag color={statusColours[a.status]}>{statusLabel(a.status, language)}</Tag>
                  <span>{industryLabel(a.industry, language)}</span>
                  <span>
                    {t('agreements.columns.effectiveFrom')} {a.effectiveFrom}
                  </span>
                  <span>
                    {t('agreements.public.checkable', { checkable: a.checkableClauses, clauses: a.clauses })}
                  </span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function PublicAgreement({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformLabel = usePlatformLabel(language);
  const query = useQuery({ queryKey: ['public', 'agreement', id], queryFn: () => getPublicAgreement(id) });
  if (query.isLoading) return <PageSpinner />;
  if (query.error || !query.data) return <Alert type="error" title={errorMessage(query.error, language)} />;
  const a = query.data;
  return (
    <Card variant="borderless">
      <Link to="/public/agreements">← {t('agreements.public.back')}</Link>
      <Typography.Title level={3} style={{ marginTop: 12 }}>
        {language === 'en' && a.titleEn ? a.titleEn : a.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={statusColours[a.status]}>{statusLabel(a.status, language)}</Tag>
        <span>{industryLabel(a.industry, language)}</span>
        <span>
          {t('agreements.columns.effectiveFrom')} {a.effectiveFrom}
        </span>
        <span>
          {t('agreements.columns.platforms')}{' '}
          {platformNames(
            a.platforms,
            platformLabel,
            (a.document as { parties?: { name: string; role: string }[] }).parties,
            language,
          ) ?? t('agreements.detail.allPlatforms')}
        </span>
      </Space>
      <Typography.Paragraph>
        <Link to="/public/rules">{t('agreements.public.rulesLink')}</Link>
      </Typography.Paragraph>
      <ClausesTable clauses={(a.document as { clauses: Clause[] }).clauses} explanations={a.explanations} />
    </Card>
  );
}
