import { Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { BellOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { formatTime } from '../../admin/format';
import { caseKeys, fetchNotifications, fetchOverdue } from '../api';
import { deadlineKindLabel, officeName } from '../labels';

// Kept here too for the pages that import it from the alerts.
export { officeName };

/** What needs the office's attention: escalations and referrals addressed to it, and overdue deadlines. */
export function AlertsPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const notifications = useQuery({ queryKey: caseKeys.notifications, queryFn: fetchNotifications });
  const overdue = useQuery({ queryKey: caseKeys.overdue, queryFn: fetchOverdue });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xxl={24}>
        <Card
          size="small"
          title={
            <Space>
              <BellOutlined />
              {t('cases.alerts.notifications')}
            </Space>
          }
          data-testid="case-notifications"
        >
          <List
            size="small"
            loading={notifications.isLoading}
            dataSource={notifications.data?.items ?? []}
            locale={{ emptyText: t('cases.alerts.noNotifications') }}
            renderItem={(n) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  {n.caseId ? (
                    <Link to={`/cases/${n.caseId}`}>{localized(n.message, language)}</Link>
                  ) : (
                    localized(n.message, language)
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatTime(n.createdAt, '')}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} xxl={24}>
        <Card
          size="small"
          title={
            <Space>
              <ClockCircleOutlined />
              {t('cases.alerts.overdue')}
            </Space>
          }
          data-testid="case-overdue"
        >
          <List
            size="small"
            loading={overdue.isLoading}
            dataSource={overdue.data?.items ?? []}
            locale={{ emptyText: t('cases.alerts.noOverdue') }}
            renderItem={(d) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Link to={`/cases/${d.caseId}`}>{d.caseNumber}</Link>
                  <Typography.Text>{d.caseTitle}</Typography.Text>
                  <Space size={4} wrap>
                    <Tag color="error">{deadlineKindLabel(d.kind, language)}</Tag>
                    <Typography.Text type="danger">
                      {t('cases.alerts.dueOn', { date: d.dueOn })}
                    </Typography.Text>
                    {d.escalatedTo && (
                      <Typography.Text type="secondary">
                        {t('cases.alerts.escalatedTo', { office: officeName(d.escalatedTo, language) })}
                      </Typography.Text>
                    )}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
