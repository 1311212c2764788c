import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Layout, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Brand } from '../../shell/Brand';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage } from '../../shell/session';
import { governanceKeys, listPublicScorecards } from '../governance/api';
import { registerGovernanceMessages } from '../governance/register-messages';
import { ScorecardCard } from '../governance/scorecards/ScorecardCard';

registerGovernanceMessages();

/** The public's scorecards at `/public/scorecards`: read-only, no account needed, readable on a phone. */
export function PublicScorecardsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery({ queryKey: governanceKeys.publicScorecards, queryFn: listPublicScorecards });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 12 }}
      >
        {/* The brand gives way (its subtitle ends in an ellipsis) so that the header fits a phone in either language. */}
        <Link
          to="/public/scorecards"
          aria-label="Gigpact"
          style={{ display: 'flex', minWidth: 0, flex: '1 1 auto', overflow: 'hidden' }}
        >
          <Brand onDark />
        </Link>
        <Space size="small" style={{ flexShrink: 0 }}>
          <LanguageSwitch onDark />
          <Link to="/login" style={{ color: '#fff' }}>
            {t('governance.scorecards.signIn')}
          </Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 12, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Typography.Title level={3}>{t('governance.scorecards.publicTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('governance.scorecards.intro')}</Typography.Paragraph>
        <Typography.Paragraph>
          <Link to="/public/agreements">{t('governance.scorecards.agreements')}</Link>
        </Typography.Paragraph>
        {query.isLoading && <PageSpinner />}
        {query.error && <Alert type="error" title={errorMessage(query.error, language)} />}
        <Row gutter={[12, 12]}>
          {(query.data?.items ?? []).map((card) => (
            <Col key={`${card.industry}/${card.platform}`} xs={24} lg={12}>
              <ScorecardCard card={card} withLinks={false} />
            </Col>
          ))}
        </Row>
      </Layout.Content>
    </Layout>
  );
}
