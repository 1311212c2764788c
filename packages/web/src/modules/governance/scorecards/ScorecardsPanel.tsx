import { fairworkPrinciples, type FairworkPrinciple } from '@gigpact/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage, useSession } from '../../../shell/session';
import { governanceKeys, listScorecards, replyToScorecard } from '../api';
import { ScorecardCard } from './ScorecardCard';
import { useNamedScorecards } from './useNamedScorecards';

function ReplyForm({ platform }: { platform: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [principle, setPrinciple] = useState<FairworkPrinciple | null>(null);
  const send = useMutation({
    mutationFn: () => replyToScorecard(platform, { principle, body }),
    onSuccess: () => {
      setBody('');
      void client.invalidateQueries({ queryKey: governanceKeys.scorecards });
    },
  });
  const id = (field: string) => `scorecard-${platform}-${field}`;
  return (
    <Form
      layout="vertical"
      style={{ marginTop: 8 }}
      data-testid={`reply-form-${platform}`}
      onFinish={() => send.mutate()}
    >
      <Typography.Title level={5}>{t('governance.scorecards.reply')}</Typography.Title>
      <Form.Item label={t('governance.scorecards.replyTo')} htmlFor={id('principle')}>
        <Select<FairworkPrinciple | 'all'>
          id={id('principle')}
          data-testid="reply-principle"
          value={principle ?? 'all'}
          style={{ width: 220 }}
          onChange={(v) => setPrinciple(v === 'all' ? null : v)}
          options={[
            { value: 'all', label: t('governance.scorecards.wholeCard') },
            ...fairworkPrinciples.map((p) => ({
              value: p,
              label: t(`governance.scorecards.principles.${p}`),
            })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t('governance.scorecards.body')} htmlFor={id('body')}>
        <Input.TextArea
          id={id('body')}
          data-testid="reply-body"
          rows={3}
          maxLength={2000}
          placeholder={t('governance.scorecards.replyPlaceholder')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </Form.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        {send.error && <Alert type="error" title={errorMessage(send.error, language)} />}
        {send.isSuccess && <Alert type="success" title={t('governance.scorecards.sent')} />}
        <Button
          type="primary"
          htmlType="submit"
          data-testid="reply-send"
          disabled={!body.trim()}
          loading={send.isPending}
        >
          {t('governance.scorecards.send')}
        </Button>
      </Space>
    </Form>
  );
}

/** The scorecards for signed-in users: a representative sees their platform's card and may reply to it. */
export function ScorecardsPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const query = useQuery({ queryKey: governanceKeys.scorecards, queryFn: listScorecards });
  // The agreement in force by its title, not its id.
  const cards = useNamedScorecards(query.data?.items, language);
  const user = session.data?.user;
  const representative = user?.role === 'platform_rep';
  // The cards are the city's; the pages their links open keep to an officer's own area.
  const areaOfficer = user !== undefined && !representative && !user.area.startsWith('city:');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('governance.scorecards.intro')}</Typography.Paragraph>
      {areaOfficer && (
        <Alert
          type="info"
          showIcon
          data-testid="scorecards-area-links"
          title={t('governance.scorecards.areaLinks', { area: user.areaName[language] })}
        />
      )}
      {query.error && <Alert type="error" title={errorMessage(query.error, language)} />}
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col key={`${card.industry}/${card.platform}`} xs={24} xl={12}>
            <ScorecardCard
              card={card}
              withLinks
              extra={representative ? <ReplyForm platform={card.platform} /> : null}
            />
          </Col>
        ))}
      </Row>
    </Space>
  );
}
