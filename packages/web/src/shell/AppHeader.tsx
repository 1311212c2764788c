import { Button, Grid, Layout, Space } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roleNames, type SessionUser } from '@gigpact/contracts';
import { localized } from '../i18n/localized';
import { ChangePasswordButton } from '../modules/auth/ChangePasswordButton';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { useLanguage, useSignOut } from './session';

/** The red band on top: the product's name, who is signed in (role and area), language, password, sign-out. */
export function AppHeader({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();

  const leave = () =>
    signOut.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}
    >
      <Brand onDark />
      <Space size={screens.md ? 12 : 4} align="center">
        {screens.md && (
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              color: '#ffffff',
              lineHeight: 1.35,
              textAlign: 'right',
            }}
            data-testid="current-user"
          >
            <span>
              <UserOutlined /> {user.displayName}
            </span>
            <span style={{ fontSize: 12, opacity: 0.85 }}>
              {localized(roleNames[user.role], language)} · {localized(user.areaName, language)}
            </span>
          </div>
        )}
        <LanguageSwitch onDark />
        <ChangePasswordButton showLabel={Boolean(screens.md)} />
        <Button
          type="text"
          icon={<LogoutOutlined />}
          style={{ color: '#ffffff' }}
          loading={signOut.isPending}
          onClick={leave}
          aria-label={t('shell.signOut')}
          data-testid="sign-out"
        >
          {screens.md ? t('shell.signOut') : undefined}
        </Button>
      </Space>
    </Layout.Header>
  );
}
