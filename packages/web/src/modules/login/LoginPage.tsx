import { Alert, Button, Card, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import type { LoginRequest } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../api/api-error';
import { Brand } from '../../shell/Brand';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { homePath } from '../../shell/module-pages';
import { useLanguage, useSession, useSignIn } from '../../shell/session';
import { registerLoginMessages } from './register-messages';
import './login.css';

registerLoginMessages();

function SignInError({ error }: { error: unknown }) {
  const { language } = useLanguage();
  // Sign-in errors are shown in both languages: whoever reads them may not have chosen the language yet.
  const other = language === 'zh' ? 'en' : 'zh';
  const secondary = error instanceof ApiError ? error.messageIn(other) : errorMessage(error, other);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="login-error"
      title={errorMessage(error, language)}
      description={<span lang={other === 'en' ? 'en' : 'zh-CN'}>{secondary}</span>}
      style={{ marginBottom: 16 }}
    />
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  if (session.data) return <Navigate to={from ?? homePath(session.data.user)} replace />;

  const submit = (values: LoginRequest) =>
    signIn.mutate(values, {
      onSuccess: (result) => void navigate(from ?? homePath(result.user), { replace: true }),
    });

  return (
    <div className="login-page">
      <section className="login-banner">
        <div>
          <Brand size="large" onDark />
          <h2>{t('login.intro')}</h2>
          <p>{t('brand.tagline')}</p>
          <ul className="login-points">
            <li>{t('login.pointNegotiation')}</li>
            <li>{t('login.pointSupervision')}</li>
            <li>{t('login.pointAid')}</li>
          </ul>
        </div>
        <p className="login-banner-owner">{t('brand.owner')}</p>
      </section>
      <main className="login-panel">
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <Card className="login-card" variant="outlined">
          <h1 className="login-heading">{t('login.heading')}</h1>
          {signIn.isError && <SignInError error={signIn.error} />}
          <Form<LoginRequest>
            layout="vertical"
            requiredMark={false}
            onFinish={submit}
            disabled={signIn.isPending}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined />}
                placeholder={t('login.usernamePlaceholder')}
                autoComplete="username"
                autoFocus
                size="large"
              />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        <p className="login-footer">{t('login.footer')}</p>
        <p className="login-footer">
          <Link to="/public/agreements">{t('login.publicAgreements')}</Link>
        </p>
        <p className="login-footer">
          <Link to="/public/rules">{t('login.publicRules')}</Link>
        </p>
        <p className="login-footer">
          <Link to="/public/scorecards">{t('login.publicScorecards')}</Link>
        </p>
      </main>
    </div>
  );
}
