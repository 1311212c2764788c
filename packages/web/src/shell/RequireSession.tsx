import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { ProductModule } from '@gigpact/contracts';
import { ForbiddenPage } from './ForbiddenPage';
import { homePath } from './module-pages';
import { PageSpinner } from './PageSpinner';
import { useSession } from './session';
import { CrashNotice } from './CrashNotice';

/** Shows its children to a signed-in user; anyone else goes to the login page and comes back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <CrashNotice />;
  if (!session.data)
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
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
