import type { ReactNode } from 'react';
import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardResponse } from '@gigpact/contracts';
import { api } from '../../api/client';
import { modulePages } from '../../shell/module-pages';

export const dashboardQuery = {
  queryKey: ['dashboard'],
  queryFn: () => api.request<DashboardResponse>('/api/dashboard'),
};

/** The numbers the union reports for the user's area; each opens the list it counts. */
export function FiguresCard() {
  const { t } = useTranslation();
  const query = useQuery(dashboardQuery);
  if (query.isLoading) return <Skeleton active />;
  const figures = query.data?.figures ?? [];
  if (figures.length === 0) return null;
  return (
    <Card
      variant="borderless"
      title={t('dashboard.figuresTitle', { month: query.data?.month ?? '' })}
      style={{ marginBottom: 16 }}
      data-testid="dashboard-figures"
    >
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={8} xl={4}>
            <FigureLink figure={figure}>
              <Statistic
                title={t(`dashboard.figures.${figure.key}`)}
                value={figure.value}
                suffix={
                  figure.of !== null ? (
                    <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                      / {figure.of.toLocaleString()}
                    </Typography.Text>
                  ) : undefined
                }
              />
            </FigureLink>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** A figure opens its list when this build has the page for it. */
function FigureLink({
  figure,
  children,
}: {
  figure: DashboardResponse['figures'][number];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (!modulePages[figure.module]) return <>{children}</>;
  return (
    <Link to={figure.link} aria-label={t(`dashboard.figures.${figure.key}`)}>
      {children}
    </Link>
  );
}
