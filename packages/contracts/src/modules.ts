import type { Role } from './roles';

/**
 * The product's modules as a user meets them in the navigation. Which roles may open which module is decided
 * here, once, for the server (which refuses) and the web client (which hides) alike.
 */
export const productModules = [
  'dashboard',
  'registry',
  'agreements',
  'data',
  'audits',
  'governance',
  'cases',
  'mediation',
  'aid',
  'services',
  'skills',
  'reports',
  'me',
  'admin',
] as const;
export type ProductModule = (typeof productModules)[number];

export const moduleNames: Record<ProductModule, { zh: string; en: string }> = {
  dashboard: { zh: '工作台', en: 'Dashboard' },
  registry: { zh: '组织与覆盖', en: 'Organisations & coverage' },
  agreements: { zh: '算法协议', en: 'Agreements' },
  data: { zh: '平台数据', en: 'Platform data' },
  audits: { zh: '合规审计', en: 'Audits' },
  governance: { zh: '治理评估', en: 'Governance' },
  cases: { zh: '案件与监督', en: 'Cases & supervision' },
  mediation: { zh: '调解', en: 'Mediation' },
  aid: { zh: '互助保障', en: 'Mutual aid' },
  services: { zh: '服务阵地', en: 'Service stations' },
  skills: { zh: '技能与评星', en: 'Skills & ratings' },
  reports: { zh: '统计报告', en: 'Reports' },
  me: { zh: '我的权益', en: 'My rights' },
  admin: { zh: '系统管理', en: 'Administration' },
};

/** A union officer's modules: all but a worker's own page and administration. */
const officerModules = productModules.filter((m) => m !== 'me' && m !== 'admin');
/** The modules that rest on platform data, which a street office does not handle. */
const platformDataModules: readonly ProductModule[] = ['data', 'audits', 'governance'];

export const modulesByRole: Record<Role, readonly ProductModule[]> = {
  city_admin: [...officerModules, 'admin'],
  district_officer: officerModules,
  street_officer: officerModules.filter((m) => !platformDataModules.includes(m)),
  mediator: ['dashboard', 'cases', 'mediation'],
  procurator: ['dashboard', 'cases'],
  platform_rep: ['dashboard', 'agreements', ...platformDataModules],
  worker: ['me'],
};

export function mayUseModule(role: Role, module: ProductModule): boolean {
  return modulesByRole[role].includes(module);
}
