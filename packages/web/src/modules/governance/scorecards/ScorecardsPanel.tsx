import { fairworkPrinciples, type FairworkPrinciple } from '@gigpact/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/api-error';
import { useLanguage, useSession } from '../../../shell/session';
import { governanceKeys, listScorecards, replyToScorecard } from '../api';
import { ScorecardCard } from './ScorecardCard';

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
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
      <Typography.Text strong>{t('governance.scorecards.reply')}</Typography.Text>
      <Select<FairworkPrinciple | 'all'>
        value={principle ?? 'all'}
        style={{ width: 220 }}
        onChange={(v) => setPrinciple(v === 'all' ? null : v)}
        options={[
          { value: 'all', label: t('governance.scorecards.wholeCard') },
          ...fairworkPrinciples.map((p) => ({ value: p, label: t(`governance.scorecards.principles.${p}`) })),
        ]}
      />
      <Input.TextArea
        data-testid="reply-body"
        rows={3}
        maxLength={2000}
        placeholder={t('governance.scorecards.replyPlaceholder')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      {send.error && <Alert type="error" title={errorMessage(send.error, language)} />}
      {send.isSuccess && <Alert type="success" title={t('governance.scorecards.sent')} />}
      <Button type="primary" disabled={!body.trim()} loading={send.isPending} onClick={() => send.mutate()}>
        {t('governance.scorecards.send')}
      </Button>
    </Space>
  );
}

/** The scorecards for signed-in users: a representative sees their platform's card and may reply to it. */
export function ScorecardsPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const query = useQuery({ queryKey: governanceKeys.scorecards, queryFn: listScorecards });
  const representative = session.data?.user.role === 'platform_rep';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('governance.scorecards.intro')}</Typography.Paragraph>
      {query.error && <Alert type="error" title={errorMessage(query.error, language)} />}
      <Row gutter={[16, 16]}>
        {(query.data?.items ?? []).map((card) => (
          <Col key={card.platform} xs={24} xl={12}>
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
