import type { Role } from '@gigpact/contracts';

export const governanceTabs = ['evaluation', 'inference', 'sandbox', 'scorecards'] as const;
export type GovernanceTab = (typeof governanceTabs)[number];

/** Who may use the negotiation sandbox: the union's officers, as the server's `useSandbox` policy allows. */
const sandboxRoles: readonly Role[] = ['city_admin', 'district_officer'];

export const maySeeTab = (tab: GovernanceTab, role: Role | undefined) =>
  tab !== 'sandbox' || (role !== undefined && sandboxRoles.includes(role));

/**
 * The tabs a reader has and the one a path segment opens: the segment's own when it is theirs, else the
 * before/after. `refused` names a tab the path asked for that is not the reader's, so that the page says so
 * rather than switching silently; an empty or unknown segment is no refusal.
 */
export function pickGovernanceTab(
  segment: string,
  role: Role | undefined,
): { visible: GovernanceTab[]; active: GovernanceTab; refused: GovernanceTab | null } {
  const visible = governanceTabs.filter((tab) => maySeeTab(tab, role));
  const asked = governanceTabs.find((tab) => tab === segment);
  if (asked && visible.includes(asked)) return { visible, active: asked, refused: null };
  return { visible, active: 'evaluation', refused: asked ?? null };
}
