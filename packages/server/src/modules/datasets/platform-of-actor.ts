import type { Actor } from '../../platform/security/actor';

const platformCode = /^[a-z][a-z0-9_]{1,31}$/;

/**
 * The platform a platform representative speaks for. Convention (docs/datasets.md): a representative's account
 * is named after the platform's code in the registry — `eleme` — or the code, a dot and a suffix for a second
 * person of the same platform — `eleme.zhang`. Any other actor speaks for no platform.
 */
export function platformOfRepresentative(actor: Actor): string | null {
  if (actor.role !== 'platform_rep') return null;
  const code = actor.username.split('.')[0]?.toLowerCase() ?? '';
  return platformCode.test(code) ? code : null;
}
