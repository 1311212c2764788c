import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { moduleNames, type ProductModule } from '@gigpact/contracts';
import { localized } from '../../i18n/localized';
import { moduleIcons } from '../../shell/module-icons';
import { modulePath, navigableModules } from '../../shell/module-pages';
import { useLanguage } from '../../shell/session';

/** Shortcuts to the user's modules other than the dashboard itself. */
export function ModuleLinks({ modules }: { modules: ProductModule[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const targets = navigableModules({ modules }).filter((module) => module !== 'dashboard');

  return (
    <Card title={t('dashboard.modulesTitle')} variant="borderless">
      <Row gutter={[12, 12]}>
        {targets.map((module) => (
          <Col key={module} xs={24} sm={12}>
            <Link
              to={modulePath(module)}
              data-testid={`module-link-${module}`}
              style={{
                display: 'flex',
                gap: 12,
                padding: 16,
                border: '1px solid #e8e8e8',
                borderRadius: 4,
                color: 'inherit',
              }}
            >
              <span style={{ fontSize: 22, color: '#b3261e' }}>{moduleIcons[module]}</span>
              <span>
                <Typography.Text strong>{localized(moduleNames[module], language)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t(`moduleIntro.${module}`)}</Typography.Text>
              </span>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
