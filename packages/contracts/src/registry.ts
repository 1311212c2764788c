/** The union's organisation registry: kinds of organisation and enterprise, and their states. */
export const organisationKinds = [
  'city_federation',
  'district_federation',
  'street_federation',
  'grid_federation',
  'platform_union',
  'enterprise_union',
  'industry_union',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindNames: Record<OrganisationKind, { zh: string; en: string }> = {
  city_federation: { zh: '市新就业形态工会联合会', en: 'City federation' },
  district_federation: { zh: '区新就业形态工会联合会', en: 'District federation' },
  street_federation: { zh: '街镇新就业形态工会联合会', en: 'Street / town federation' },
  grid_federation: { zh: '网格工会联合会', en: 'Grid federation' },
  platform_union: { zh: '平台企业工会', en: 'Platform union' },
  enterprise_union: { zh: '加盟商 / 网点 / 站点工会', en: 'Franchisee, outlet or station union' },
  industry_union: { zh: '行业工会', en: 'Industry union' },
};

export const organisationStatuses = ['preparing', 'active', 'dissolved'] as const;
export type OrganisationStatus = (typeof organisationStatuses)[number];

/** Enterprises that employ or engage platform workers below the platform: 加盟商、服务商、网点、站点. */
export const enterpriseKinds = ['franchisee', 'partner', 'outlet', 'station'] as const;
export type EnterpriseKind = (typeof enterpriseKinds)[number];

export const enterpriseKindNames: Record<EnterpriseKind, { zh: string; en: string }> = {
  franchisee: { zh: '加盟商', en: 'Franchisee' },
  partner: { zh: '服务商 / 用工合作企业', en: 'Labour partner' },
  outlet: { zh: '网点', en: 'Outlet' },
  station: { zh: '站点', en: 'Station' },
};

export const unionStatuses = ['none', 'preparing', 'founded'] as const;
export type UnionStatus = (typeof unionStatuses)[number];

export const unionStatusNames: Record<UnionStatus, { zh: string; en: string }> = {
  none: { zh: '未建会', en: 'No union' },
  preparing: { zh: '筹建中', en: 'Being founded' },
  founded: { zh: '已建会', en: 'Union founded' },
};

export const industryNames = {
  food_delivery: { zh: '网约配送', en: 'Food delivery' },
  express: { zh: '快递', en: 'Express' },
  ride_hailing: { zh: '网约车', en: 'Ride-hailing' },
  freight: { zh: '货运', en: 'Freight' },
} as const;

/** A unified social credit code (统一社会信用代码): 18 characters of digits and capital letters, no I O S V Z. */
export const creditCodePattern = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;
