import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleNames } from '@gigpact/contracts';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { dashboardQuery, FiguresCard } from './FiguresCard';
import { ModuleLinks } from './ModuleLinks';
import { SystemFactsCard } from './SystemFactsCard';

// The charts bring ECharts: a chunk of their own, fetched after the dashboard itself is shown.
const CoverageCharts = lazy(() => import('./CoverageCharts').then((m) => ({ default: m.CoverageCharts })));

/**
 * Renders its children only after the figures are painted, so the first load of the dashboard
 * is the shell, the figures and the links, and what the charts need is fetched after that.
 */
function AfterFigures({ children }: { children: ReactNode }) {
  const settled = !useQuery(dashboardQuery).isPending;
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!settled) return;
    // After the frame that paints the figures.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDue(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [settled]);
  return due ? children : null;
}

/**
 * The start page of officers: who they are, the union's figures for their area (each opening its list), union
 * coverage on the district map and over the last months, what they can open, and the facts of this installation.
 */
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
      {user.modules.includes('registry') && (
        <AfterFigures>
          <Suspense fallback={<Skeleton active style={{ marginBottom: 16 }} />}>
            <CoverageCharts />
          </Suspense>
        </AfterFigures>
      )}
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
