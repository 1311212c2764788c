import { Suspense } from 'react';
import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { moduleNames, roleNames } from '@gigpact/contracts';
import { localized } from '../i18n/localized';
import { Brand } from './Brand';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { moduleIcons } from './module-icons';
import { modulePath, navigableModules } from './module-pages';
import { PageSpinner } from './PageSpinner';
import { useLanguage, useSession, useSignOut } from './session';

const { Header, Sider, Content } = Layout;

/** The frame around every signed-in page: header with the user and language, module navigation, content. */
export function AppLayout() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data } = useSession();
  const signOut = useSignOut();
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

  const leave = () =>
    signOut.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <Brand onDark />
        <Space size={screens.md ? 12 : 4} align="center">
          {screens.md && (
            <span
              style={{ color: '#ffffff', lineHeight: 1.3, textAlign: 'right' }}
              data-testid="current-user"
            >
              <UserOutlined /> {user.displayName}
              <br />
              <span style={{ fontSize: 12, opacity: 0.85 }}>
                {localized(roleNames[user.role], language)} · {localized(user.areaName, language)}
              </span>
            </span>
          )}
          <LanguageSwitch onDark />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            style={{ color: '#ffffff' }}
            loading={signOut.isPending}
            onClick={leave}
            data-testid="sign-out"
          >
            {screens.md ? t('shell.signOut') : undefined}
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider
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
              data-testid="module-nav"
            />
          </nav>
        </Sider>
        <Content id="main" style={{ padding: screens.md ? 24 : 12, minWidth: 0 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
      <Typography.Text type="secondary" style={{ textAlign: 'center', padding: '12px 0', fontSize: 12 }}>
        {t('brand.owner')} · Gigpact
      </Typography.Text>
    </Layout>
  );
}
