import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { productModules, type ProductModule, type SessionUser } from '@gigpact/contracts';

type Page = LazyExoticComponent<ComponentType>;

/**
 * The modules this client has pages for, each loaded on first visit (its own chunk). A module shows in the
 * navigation only when the server lists it for the user AND it is here.
 */
export const modulePages: Partial<Record<ProductModule, Page>> = {
  dashboard: lazy(() =>
    import('../modules/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
  ),
  registry: lazy(() => import('../modules/registry/RegistryPage').then((m) => ({ default: m.RegistryPage }))),
  agreements: lazy(() =>
    import('../modules/agreements/AgreementsPage').then((m) => ({ default: m.AgreementsPage })),
  ),
  audits: lazy(() => import('../modules/audits/AuditsPage').then((m) => ({ default: m.AuditsPage }))),
  cases: lazy(() => import('../modules/cases/CasesPage').then((m) => ({ default: m.CasesPage }))),
  mediation: lazy(() =>
    import('../modules/mediation/MediationPage').then((m) => ({ default: m.MediationPage })),
  ),
  governance: lazy(() =>
    import('../modules/governance/GovernancePage').then((m) => ({ default: m.GovernancePage })),
  ),
  data: lazy(() => import('../modules/data/DataPage').then((m) => ({ default: m.DataPage }))),
  admin: lazy(() => import('../modules/admin/AdminPage').then((m) => ({ default: m.AdminPage }))),
  me: lazy(() => import('../modules/me/MePage').then((m) => ({ default: m.MePage }))),
};

/** The user's modules in the product's order, limited to those with pages in this build. */
export function navigableModules(user: Pick<SessionUser, 'modules'>): ProductModule[] {
  return productModules.filter(
    (module) => user.modules.includes(module) && modulePages[module] !== undefined,
  );
}

export function modulePath(module: ProductModule): string {
  return `/${module}`;
}

/** Where a user lands after signing in: the first module they may open (workers: `me`). */
export function homePath(user: Pick<SessionUser, 'modules'>): string {
  const first = navigableModules(user)[0];
  return first ? modulePath(first) : '/404';
}
