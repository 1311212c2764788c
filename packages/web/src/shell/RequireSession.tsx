import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { ProductModule } from '@gigpact/contracts';
import { ForbiddenPage } from './ForbiddenPage';
import { homePath } from './module-pages';
import { PageSpinner } from './PageSpinner';
import { useLanguage, useSession } from './session';
import { errorMessage } from '../api/api-error';

/** Shows its children to a signed-in user; anyone else goes to the login page and comes back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.isError)
    return <SessionUnavailable error={session.error} retry={() => void session.refetch()} />;
  if (!session.data)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** The server could not say who is signed in (starting up, unreachable): say why and offer to try again. */
function SessionUnavailable({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Result
      status="warning"
      title={errorMessage(error, language)}
      extra={
        <Button type="primary" onClick={retry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** A module's page, or the forbidden notice when the server does not list the module for this user. */
export function ModuleGate({ module, children }: { module: ProductModule; children: ReactNode }) {
  const { data } = useSession();
  if (!data?.user.modules.includes(module)) return <ForbiddenPage />;
  return children;
}

export function HomeRedirect() {
  const { data } = useSession();
  return data ? <Navigate to={homePath(data.user)} replace /> : <Navigate to="/login" replace />;
}
