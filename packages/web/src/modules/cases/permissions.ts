import type { CaseStatus, LetterKind, Role } from '@gigpact/contracts';

/**
 * What the page offers a user on a case they can see, after the server's case policies (which decide in the
 * end): union officers work the case; only a union at county level or above refers it or issues a 建议书;
 * procurators record outcomes on the cases referred to them.
 */
export interface CaseAbilities {
  handle: boolean;
  refer: boolean;
  letterKinds: LetterKind[];
  recordOutcome: boolean;
  attach: boolean;
}

const officers: Role[] = ['city_admin', 'district_officer', 'street_officer'];
const countyOrAbove: Role[] = ['city_admin', 'district_officer'];

export function caseAbilities(role: Role): CaseAbilities {
  const officer = officers.includes(role);
  return {
    handle: officer,
    refer: countyOrAbove.includes(role),
    letterKinds: !officer
      ? []
      : countyOrAbove.includes(role)
        ? ['reminder', 'opinion', 'recommendation']
        : ['reminder', 'opinion'],
    recordOutcome: officer || role === 'procurator',
    attach: officer || role === 'procurator' || role === 'worker',
  };
}

/** Letters go out while a case is under supervision, referred or being resolved (the server's rule). */
export const letterStates: readonly CaseStatus[] = ['supervision', 'referral', 'resolution'];

/**
 * The steps to offer as buttons: the workflow's next states, less referral (its own action naming the
 * procuratorate), for those who handle the case.
 */
export function transitionButtons(allowed: readonly CaseStatus[], abilities: CaseAbilities): CaseStatus[] {
  if (!abilities.handle) return [];
  return allowed.filter((s) => s !== 'referral');
}

/** Whether the referral action shows: the workflow allows it and the user's union may refer. */
export function mayRefer(allowed: readonly CaseStatus[], abilities: CaseAbilities): boolean {
  return abilities.refer && allowed.includes('referral');
}

/** Officers and mediators work the lists; campaigns and the hotline are the union officers' alone. */
export function casesTabs(role: Role): ('list' | 'letters' | 'campaigns' | 'new')[] {
  if (officers.includes(role)) return ['list', 'letters', 'campaigns', 'new'];
  if (role === 'procurator') return ['list', 'letters'];
  return ['list'];
}
