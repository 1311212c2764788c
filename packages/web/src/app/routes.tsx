import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { ProductModule } from '@gigpact/contracts';
import { modulePages } from '../shell/module-pages';
import { NotFoundPage } from '../shell/NotFoundPage';
import { PageSpinner } from '../shell/PageSpinner';
import { HomeRedirect, ModuleGate, RequireSession } from '../shell/RequireSession';
import { RouteError } from '../shell/RouteError';

// The login page and the signed-in frame are chunks of their own: the first load carries neither's antd parts.
const LoginPage = lazy(() => import('../modules/login/LoginPage').then((m) => ({ default: m.LoginPage })));
const AppLayout = lazy(() => import('../shell/AppLayout').then((m) => ({ default: m.AppLayout })));
const PublicAgreementsPage = lazy(() =>
  import('../modules/public/PublicAgreementsPage').then((m) => ({ default: m.PublicAgreementsPage })),
);
const PublicRulesPage = lazy(() =>
  import('../modules/public/PublicRulesPage').then((m) => ({ default: m.PublicRulesPage })),
);
const PublicScorecardsPage = lazy(() =>
  import('../modules/public/PublicScorecardsPage').then((m) => ({ default: m.PublicScorecardsPage })),
);

function suspended(element: ReactNode) {
  return <Suspense fallback={<PageSpinner />}>{element}</Suspense>;
}

function moduleRoutes(): RouteObject[] {
  return Object.entries(modulePages).map(([module, Page]) => ({
    path: `${module}/*`,
    element: (
      <ModuleGate module={module as ProductModule}>
        <Page />
      </ModuleGate>
    ),
  }));
}

export const routes: RouteObject[] = [
  { path: '/login', element: suspended(<LoginPage />), errorElement: <RouteError /> },
  // The public's pages: no account needed.
  { path: '/public/agreements', element: suspended(<PublicAgreementsPage />), errorElement: <RouteError /> },
  { path: '/public/scorecards', element: suspended(<PublicScorecardsPage />), errorElement: <RouteError /> },
  { path: '/public/rules', element: suspended(<PublicRulesPage />), errorElement: <RouteError /> },
  {
    path: '/public/agreements/:id',
    element: suspended(<PublicAgreementsPage />),
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: <RequireSession>{suspended(<AppLayout />)}</RequireSession>,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...moduleRoutes(),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
