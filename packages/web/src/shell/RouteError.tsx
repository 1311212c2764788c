import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CrashNotice } from './CrashNotice';
import { NotFoundPage } from './NotFoundPage';

/** The router's error element: a 404 answer shows the not-found page, anything else the crash notice. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error('Gigpact route error', error);
  return <CrashNotice />;
}
