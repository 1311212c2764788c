/** Who can sign in to Gigpact. Each user has exactly one role and one area. */
export const roles = [
  'city_admin',
  'district_officer',
  'street_officer',
  'mediator',
  'procurator',
  'platform_rep',
  'worker',
] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, { zh: string; en: string }> = {
  city_admin: { zh: '市总工会管理员', en: 'City federation administrator' },
  district_officer: { zh: '区总工会干部', en: 'District union officer' },
  street_officer: { zh: '街镇工会干部', en: 'Street union officer' },
  mediator: { zh: '调解员', en: 'Mediator' },
  procurator: { zh: '检察官', en: 'Procurator' },
  platform_rep: { zh: '平台代表', en: 'Platform representative' },
  worker: { zh: '劳动者', en: 'Worker' },
};

/**
 * An area is a place in the administrative tree, written as a path of region codes:
 * `city:310000`, `district:310101`, `street:310101002`. A user sees what lies in their area.
 */
export const areaLevels = ['city', 'district', 'street'] as const;
export type AreaLevel = (typeof areaLevels)[number];

export interface Area {
  level: AreaLevel;
  /** GB/T 2260 code: 6 digits for city and district, 9 for a street or town. */
  code: string;
}

export function formatArea(area: Area): string {
  return `${area.level}:${area.code}`;
}

export function parseArea(text: string): Area | undefined {
  const match = /^(city|district|street):(\d{6}|\d{9})$/.exec(text);
  if (!match) return undefined;
  const level = match[1] as AreaLevel;
  const code = match[2] as string;
  const expectedLength = level === 'street' ? 9 : 6;
  return code.length === expectedLength ? { level, code } : undefined;
}

/**
 * Whether `inner` lies within `outer`. Codes nest by prefix: a city `310000` holds districts `3101xx`,
 * a district `310101` holds streets `310101xxx`.
 */
export function areaContains(outer: Area, inner: Area): boolean {
  if (outer.level === 'city') return inner.code.slice(0, 2) === outer.code.slice(0, 2);
  if (outer.level === 'district') return inner.level !== 'city' && inner.code.slice(0, 6) === outer.code;
  return inner.level === 'street' && inner.code === outer.code;
}
