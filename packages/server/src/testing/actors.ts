import type { Area, Role } from '@gigpact/contracts';
import type { Actor } from '../platform/security/actor';

/** Where each role's demo account works: the city, 青浦区, or 徐泾镇 in 青浦区. */
export const demoAreaOf: Record<Role, Area> = {
  city_admin: { level: 'city', code: '310000' },
  district_officer: { level: 'district', code: '310118' },
  street_officer: { level: 'street', code: '310118106' },
  mediator: { level: 'district', code: '310118' },
  procurator: { level: 'district', code: '310118' },
  platform_rep: { level: 'city', code: '310000' },
  worker: { level: 'city', code: '310000' },
};

/** An actor for policy tests: the role in its demo area, unless told otherwise. */
export function actorFor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    id: `${role}-id`,
    username: role,
    displayName: role,
    role,
    area: demoAreaOf[role],
    language: 'zh',
    ...overrides,
  };
}
