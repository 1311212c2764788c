import { Card, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { agreementKeys, listPublicAgreements } from '../agreements/api';
import { industryLabel } from '../agreements/labels';
import { OneLine } from '../../shared/OneLine';
import { usePlatformLabel } from '../../shared/platform-names';
import { platformNames } from './agreement-view';

/**
 * The agreements in force that a worker can hold a platform to, each opening its clauses in words inside the
 * worker's pages (`/me/agreements/<id>`): what the worker may check their pay, fines and hours against, and cite in
 * a complaint.
 */
export function MyAgreements() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformLabel = usePlatformLabel(language);
  const query = useQuery({ queryKey: agreementKeys.publicList, queryFn: listPublicAgreements });
  return (
    <Card title={t('me.agreementsTitle')} variant="borderless" data-testid="me-agreements">
      <Typography.Paragraph type="secondary">{t('me.agreementsIntro')}</Typography.Paragraph>
      {query.error && <Typography.Text type="danger">{errorMessage(query.error, language)}</Typography.Text>}
      <List
        loading={query.isLoading}
        dataSource={(query.data?.items ?? []).filter((a) => a.status === 'in_force')}
        locale={{ emptyText: t('me.agreementsNone') }}
        renderItem={(agreement) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Link to={`/me/agreements/${encodeURIComponent(agreement.id)}`}>
                  {language === 'en' ? (agreement.titleEn ?? agreement.title) : agreement.title}
                </Link>
              }
              description={
                // The day on one line: a phone would otherwise break it at a hyphen.
                <Trans
                  i18nKey="me.agreementFacts"
                  values={{
                    industry: industryLabel(agreement.industry, language),
                    platforms:
                      platformNames(agreement.platforms, platformLabel, undefined, language) ??
                      t('me.allPlatforms'),
                    from: agreement.effectiveFrom,
                    count: agreement.clauses,
                  }}
                  components={{ day: <OneLine /> }}
                />
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
