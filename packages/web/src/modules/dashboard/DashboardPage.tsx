import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleNames } from '@gigpact/contracts';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { FiguresCard } from './FiguresCard';
import { ModuleLinks } from './ModuleLinks';
import { SystemFactsCard } from './SystemFactsCard';

/** The start page of officers: who they are, what they can open, and the facts of this installation. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useSession();
  if (!data) return null;
  const { user } = data;

  return (
    <div>
      <Card variant="borderless" style={{ marginBottom: 16, borderTop: '3px solid #b3261e' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} data-testid="welcome">
          {t('dashboard.welcome', { name: user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('dashboard.roleInArea', {
            role: localized(roleNames[user.role], language),
            area: localized(user.areaName, language),
          })}
        </Typography.Text>
      </Card>
      <FiguresCard />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ModuleLinks modules={user.modules} />
        </Col>
        <Col xs={24} xl={8}>
          <SystemFactsCard />
        </Col>
      </Row>
    </div>
  );
}
