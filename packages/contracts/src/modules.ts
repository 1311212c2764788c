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

const officerModules: ProductModule[] = [
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
];

export const modulesByRole: Record<Role, readonly ProductModule[]> = {
  city_admin: [...officerModules, 'admin'],
  district_officer: officerModules,
  street_officer: [
    'dashboard',
    'registry',
    'agreements',
    'cases',
    'mediation',
    'aid',
    'services',
    'skills',
    'reports',
  ],
  mediator: ['dashboard', 'cases', 'mediation'],
  procurator: ['dashboard', 'cases'],
  platform_rep: ['dashboard', 'agreements', 'data', 'audits', 'governance'],
  worker: ['me'],
};

export function mayUseModule(role: Role, module: ProductModule): boolean {
  return modulesByRole[role].includes(module);
}
