import { areaName, parseArea, type Area, type FieldIssue, type Role } from '@gigpact/contracts';

/** The level of area each role works at; mediators, procurators, platform staff and workers may be anywhere. */
const levelsByRole: Record<Role, readonly Area['level'][]> = {
  city_admin: ['city'],
  district_officer: ['district'],
  street_officer: ['street'],
  mediator: ['city', 'district', 'street'],
  procurator: ['city', 'district'],
  platform_rep: ['city', 'district'],
  worker: ['city', 'district', 'street'],
};

/** Checks that `areaText` is a known area of the right level for `role`; returns the area or the issues. */
export function checkAreaForRole(role: Role, areaText: string): { area: Area } | { issues: FieldIssue[] } {
  const area = parseArea(areaText);
  if (!area || !areaName(area)) {
    return {
      issues: [{ path: ['area'], zh: `辖区 ${areaText} 不存在`, en: `area ${areaText} does not exist` }],
    };
  }
  if (!levelsByRole[role].includes(area.level)) {
    const levels = levelsByRole[role].join(' / ');
    return {
      issues: [
        {
          path: ['area'],
          zh: `该角色的辖区必须是以下层级之一：${levels}`,
          en: `this role's area must be at one of these levels: ${levels}`,
        },
      ],
    };
  }
  return { area };
}
