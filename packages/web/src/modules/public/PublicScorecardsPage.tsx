import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage } from '../../shell/session';
import { governanceKeys, listPublicScorecards } from '../governance/api';
import { registerGovernanceMessages } from '../governance/register-messages';
import { ScorecardCard } from '../governance/scorecards/ScorecardCard';
import { useNamedScorecards } from '../governance/scorecards/useNamedScorecards';
import { PublicFrame } from './PublicFrame';
import { PublicHeading } from './PublicHeading';

registerGovernanceMessages();

/** The public's scorecards at `/public/scorecards`: read-only, no account needed, readable on a phone. */
export function PublicScorecardsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = useQuery({ queryKey: governanceKeys.publicScorecards, queryFn: listPublicScorecards });
  // The agreement in force by its title, not its id.
  const cards = useNamedScorecards(query.data?.items, language);
  return (
    <PublicFrame home="/public/scorecards" signInLabel={t('governance.scorecards.signIn')}>
      <PublicHeading
        title={t('governance.scorecards.publicTitle')}
        intro={t('governance.scorecards.intro')}
      />
      <Typography.Paragraph>
        <Link to="/public/agreements">{t('governance.scorecards.agreements')}</Link>
      </Typography.Paragraph>
      {query.isLoading && <PageSpinner />}
      {query.error && <Alert type="error" title={errorMessage(query.error, language)} />}
      <Row gutter={[12, 12]}>
        {cards.map((card) => (
          <Col key={`${card.industry}/${card.platform}`} xs={24} lg={12}>
            <ScorecardCard card={card} withLinks={false} />
          </Col>
        ))}
      </Row>
    </PublicFrame>
  );
}
