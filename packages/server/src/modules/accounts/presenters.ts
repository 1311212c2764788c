import {
  areaName,
  modulesByRole,
  parseArea,
  productModules,
  type ProductModule,
  type SessionUser,
} from '@gigpact/contracts';
import type { UserRow } from './schema';

/** The modules not yet built; every other module appears in a user's navigation. */
const modulesToCome: readonly ProductModule[] = ['aid', 'services', 'skills', 'reports'];

/** The modules that exist in this build; a module appears in a user's navigation once it is here. */
export const availableModules: ReadonlySet<ProductModule> = new Set(
  productModules.filter((m) => !modulesToCome.includes(m)),
);

export function modulesFor(role: UserRow['role']): ProductModule[] {
  return productModules.filter((m) => modulesByRole[role].includes(m) && availableModules.has(m));
}

function nameOfArea(area: string): { zh: string; en: string } {
  const parsed = parseArea(area);
  return (parsed && areaName(parsed)) ?? { zh: area, en: area };
}

/** Who an account is and where: the fields the session and the administration page both show. */
function presentIdentity(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    area: user.area,
    areaName: nameOfArea(user.area),
  };
}

export function presentSessionUser(user: UserRow): SessionUser {
  return { ...presentIdentity(user), language: user.language, modules: modulesFor(user.role) };
}

/** An account as the administration page lists it: no hash, no failure counter; until when it is locked, if it is. */
export function presentUserSummary(user: UserRow, now: Date) {
  return {
    ...presentIdentity(user),
    disabled: user.disabled,
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
