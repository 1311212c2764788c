import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { FormOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../api/api-error';
import { OneLine } from '../../../shared/OneLine';
import { useLanguage } from '../../../shell/session';
import { caseKeys, listCases } from '../../cases/api';
import { statusColours, statusLabel, typeLabel } from '../../cases/labels';

const query = { page: 1, pageSize: 50, sort: 'updatedAt' as const, order: 'desc' as const };

/** The worker's own complaints with where each stands, and the way to make a new one. */
export function MyComplaints() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const mine = useQuery({ queryKey: caseKeys.list(query), queryFn: () => listCases(query) });

  return (
    <Card
      variant="borderless"
      title={t('complaints.card.title')}
      style={{ marginBottom: 16 }}
      data-testid="my-complaints"
    >
      <Typography.Paragraph type="secondary">{t('complaints.card.intro')}</Typography.Paragraph>
      <Button
        type="primary"
        size="large"
        block
        icon={<FormOutlined />}
        onClick={() => void navigate('/me/complaints/new')}
        data-testid="new-complaint"
      >
        {t('complaints.card.new')}
      </Button>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('complaints.card.mine')}
      </Typography.Title>
      {mine.error && <Typography.Text type="danger">{errorMessage(mine.error, language)}</Typography.Text>}
      <List
        loading={mine.isLoading}
        dataSource={mine.data?.items ?? []}
        locale={{ emptyText: t('complaints.card.none') }}
        renderItem={(c) => (
          <List.Item extra={<RightOutlined />}>
            <Link to={`/me/complaints/${c.id}`} style={{ display: 'block', width: '100%' }}>
              <Space orientation="vertical" size={2}>
                <Typography.Text strong>{c.title}</Typography.Text>
                <Space size={4} wrap>
                  <Tag color={statusColours[c.status]}>{statusLabel(c.status, language)}</Tag>
                  {c.overdue && (
                    <Tag color="red" data-testid="complaint-overdue">
                      {t('complaints.card.overdue')}
                    </Tag>
                  )}
                  <Typography.Text type="secondary">
                    {typeLabel(c.type, language)} · <OneLine>{c.number}</OneLine> ·{' '}
                    <OneLine>{c.openedOn}</OneLine>
                  </Typography.Text>
                </Space>
              </Space>
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
