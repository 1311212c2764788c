import { Button, Card, Empty, Flex, List, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../api/api-error';
import { useLanguage, useSession } from '../../../shell/session';
import { caseKeys, listCampaigns } from '../api';
import { officeName } from '../list/AlertsPanel';
import { CampaignFigures } from './CampaignFigures';

/** The campaigns the user's area runs or takes part in, each with its figures so far. */
export function CampaignList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const campaigns = useQuery({ queryKey: caseKeys.campaigns, queryFn: listCampaigns });
  const mayRun = ['city_admin', 'district_officer'].includes(session.data?.user.role ?? '');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('cases.campaigns.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cases.campaigns.intro')}</Typography.Text>
        </div>
        {mayRun && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/cases/campaigns/new')}
          >
            {t('cases.campaigns.create')}
          </Button>
        )}
      </Flex>
      {campaigns.error && (
        <Typography.Text type="danger">{errorMessage(campaigns.error, language)}</Typography.Text>
      )}
      <List
        loading={campaigns.isLoading}
        dataSource={campaigns.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('cases.campaigns.none')} /> }}
        renderItem={(c) => (
          <List.Item>
            <Card
              size="small"
              style={{ width: '100%' }}
              title={<Link to={`/cases/campaigns/${c.id}`}>{c.title}</Link>}
              extra={
                <Typography.Text type="secondary">
                  {c.district
                    ? officeName(`district:${c.district}`, language)
                    : t('cases.campaigns.wholeCity')}{' '}
                  · {c.startedOn}
                </Typography.Text>
              }
            >
              <CampaignFigures figures={c.figures} />
            </Card>
          </List.Item>
        )}
      />
    </Space>
  );
}
