import { Suspense } from 'react';
import { Grid, Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { moduleNames } from '@gigpact/contracts';
import { localized } from '../i18n/localized';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { moduleIcons } from './module-icons';
import { modulePath, navigableModules } from './module-pages';
import { PageSpinner } from './PageSpinner';
import { useLanguage, useSession } from './session';

/** The frame around every signed-in page: header, the user's modules on the side, the page itself. */
export function AppLayout() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  if (!data) return null;
  const { user } = data;

  const modules = navigableModules(user);
  const selected = modules.find((module) => location.pathname.startsWith(modulePath(module)));
  const menuItems = modules.map((module) => ({
    key: module,
    icon: moduleIcons[module],
    label: localized(moduleNames[module], language),
  }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppHeader user={user} />
      <Layout>
        {/* On a phone a single module needs no navigation: a worker's page then gets the whole width. */}
        {(modules.length > 1 || screens.md) && (
          <Layout.Sider
            width={220}
            breakpoint="md"
            collapsedWidth={screens.md ? 64 : 0}
            theme="light"
            style={{ borderRight: '1px solid #e8e8e8' }}
          >
            <nav aria-label={t('shell.navigation')}>
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected] : []}
                items={menuItems}
                onClick={({ key }) => void navigate(`/${key}`)}
                style={{ borderInlineEnd: 'none', paddingTop: 8 }}
                className="module-nav"
                data-testid="module-nav"
              />
            </nav>
          </Layout.Sider>
        )}
        <Content wide={screens.md === true} pathname={location.pathname} />
      </Layout>
      <Typography.Text type="secondary" style={{ textAlign: 'center', padding: '12px 0', fontSize: 12 }}>
        {t('brand.owner')} · Gigpact
      </Typography.Text>
    </Layout>
  );
}

function Content({ wide, pathname }: { wide: boolean; pathname: string }) {
  return (
    <Layout.Content id="main" style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
      {/* Keyed by address: leaving a page that crashed gives the next page a fresh start. */}
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </Layout.Content>
  );
}
