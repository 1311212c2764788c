import { Alert, Card, Col, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeDatedDefault, industries } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { PageSpinner } from '../../shell/PageSpinner';
import { useLanguage } from '../../shell/session';
import { agreementKeys, listRules, type LibraryRule } from '../agreements/api';
import { formatValue } from '../agreements/clause';
import { industryLabel, rangeWords } from '../agreements/labels';
import { registerAgreementMessages } from '../agreements/register-messages';
import { PublicFrame } from './PublicFrame';
import { PublicHeading } from './PublicHeading';
import { SourceTag } from '../../shared/SourceTag';

registerAgreementMessages();

/**
 * The standard rule library at `/public/rules`, for anyone without an account: each rule with what it checks in
 * words (with its default parameters) and the parameters an agreement may set — each with its allowed range and,
 * when it changed over time, its default by date — by industry.
 */
export function PublicRulesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rules = useQuery({ queryKey: agreementKeys.rules, queryFn: listRules, staleTime: Infinity });
  const items = rules.data?.items ?? [];
  const groups = [
    ...industries.map((industry) => ({
      key: industry,
      title: industryLabel(industry, language),
      rules: items.filter((r) => r.industry === industry),
    })),
    { key: 'other', title: null, rules: items.filter((r) => !r.industry) },
  ].filter((group) => group.rules.length > 0);

  return (
    <PublicFrame home="/public/agreements" signInLabel={t('agreements.public.signIn')}>
      <Card variant="borderless">
        <PublicHeading title={t('agreements.public.rulesTitle')} intro={t('agreements.public.rulesIntro')} />
        <Typography.Paragraph>
          <Link to="/public/agreements">{t('agreements.public.agreementsLink')}</Link>
        </Typography.Paragraph>
        {rules.isLoading && <PageSpinner />}
        {rules.error && <Alert type="error" title={errorMessage(rules.error, language)} />}
        {rules.data && (
          <Typography.Paragraph data-testid="rules-count">
            {t('agreements.public.rulesCount', { count: items.length })}
          </Typography.Paragraph>
        )}
        {groups.map((group) => (
          <section key={group.key} aria-label={group.title ?? undefined}>
            {group.title && <Typography.Title level={4}>{group.title}</Typography.Title>}
            <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
              {group.rules.map((rule) => (
                <Col key={rule.id} xs={24} xl={12}>
                  <RuleCard rule={rule} />
                </Col>
              ))}
            </Row>
          </section>
        ))}
      </Card>
    </PublicFrame>
  );
}

function RuleCard({ rule }: { rule: LibraryRule }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const title = language === 'en' ? rule.title_en : rule.title_zh;
  const explanation = rule.explanation?.[language];
  const separator = t('agreements.clauses.separator');
  const listSeparator = t('agreements.clauses.listSeparator');
  return (
    <Card
      size="small"
      data-testid="library-rule"
      style={{ height: '100%', overflowWrap: 'anywhere' }}
      title={
        <Space direction="vertical" size={0} style={{ whiteSpace: 'normal', padding: '4px 0' }}>
          <Typography.Text code>{rule.id}</Typography.Text>
          {title && <Typography.Text strong>{title}</Typography.Text>}
        </Space>
      }
    >
      <Typography.Paragraph data-testid="rule-explanation">
        {explanation ?? t('agreements.public.ruleNoExplanation')}
      </Typography.Paragraph>
      {Object.keys(rule.params).length > 0 && (
        <>
          <Typography.Text type="secondary">{t('agreements.public.ruleParams')}</Typography.Text>
          <ul style={{ paddingInlineStart: 20, margin: '4px 0 0' }}>
            {Object.entries(rule.params).map(([name, spec]) => (
              <li key={name}>
                <Typography.Text code>{name}</Typography.Text> {language === 'en' ? spec.en : spec.zh}
                {separator}
                {spec.datedDefault
                  ? t('agreements.public.ruleDatedDefault', {
                      value: describeDatedDefault(spec.datedDefault, language),
                    })
                  : spec.default === undefined
                    ? t('agreements.public.ruleNoDefault')
                    : t('agreements.public.ruleDefault', { value: formatValue(spec.default, listSeparator) })}
                <span style={{ marginInlineStart: 6 }}>
                  {spec.sources.map((s) => (
                    <SourceTag key={s} id={s} color="blue" />
                  ))}
                </span>
                {spec.range && (
                  <div>
                    <Typography.Text type="secondary" data-testid="param-range">
                      {t('agreements.public.ruleRange', rangeWords(spec.range, language))}
                    </Typography.Text>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
