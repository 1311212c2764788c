import { regionTree, type EnterpriseKind, type UnionStatus } from '@gigpact/contracts';
import { demoPlatforms } from './demo-platforms';
import { seededRandom, type Random } from './random';

/** Rough population weights of the 16 districts (millions), so the demo spreads like the city does. */
const districtWeights: Record<string, number> = {
  '310101': 0.65,
  '310104': 1.1,
  '310105': 0.69,
  '310106': 0.95,
  '310107': 1.2,
  '310109': 0.7,
  '310110': 1.2,
  '310112': 2.7,
  '310113': 2.2,
  '310114': 1.8,
  '310115': 5.7,
  '310116': 0.8,
  '310117': 1.9,
  '310118': 1.3,
  '310120': 1.1,
  '310151': 0.6,
};
const districtCodes = regionTree.districts.map((d) => d.code);
const weights = districtCodes.map((c) => districtWeights[c] ?? 1);
const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const givenNames = [
  '敏',
  '强',
  '静',
  '伟',
  '芳',
  '磊',
  '洁',
  '军',
  '娟',
  '涛',
  '丽',
  '斌',
  '霞',
  '超',
  '燕',
  '鹏',
];

export interface DemoOrganisation {
  key: string;
  name: string;
  kind:
    | 'city_federation'
    | 'district_federation'
    | 'street_federation'
    | 'grid_federation'
    | 'platform_union'
    | 'enterprise_union'
    | 'industry_union';
  parentKey: string | null;
  regionCode: string;
  platformCode: string | null;
  enterpriseKey: string | null;
  industry: 'food_delivery' | 'express' | 'ride_hailing' | 'freight' | null;
  foundedOn: string | null;
  status: 'preparing' | 'active';
  contactName: string;
  contactPhone: string;
  gridName: string | null;
}

export interface DemoEnterprise {
  key: string;
  kind: EnterpriseKind;
  name: string;
  creditCode: string;
  platformCode: string;
  parentKey: string | null;
  district: string;
  street: string;
  unionStatus: UnionStatus;
  unionFoundedOn: string | null;
  workers: number;
}

export interface DemoMembership {
  workerId: string;
  organisationKey: string;
  platformCode: string;
  enterpriseKey: string | null;
  district: string;
  street: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface DemoWorkforce {
  month: string;
  district: string;
  platformCode: string;
  workers: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayBetween = (random: Random, from: Date, to: Date) =>
  new Date(from.getTime() + random.next() * (to.getTime() - from.getTime())).toISOString().slice(0, 10);

function contact(random: Random) {
  return {
    contactName: `${random.pick(surnames)}${random.pick(givenNames)}${random.chance(0.5) ? random.pick(givenNames) : ''}`,
    contactPhone: `1${random.pick(['38', '39', '58', '86', '37'])}${pad(random.int(0, 99_999_999), 8)}`,
  };
}

function creditCode(random: Random, district: string): string {
  let code = `91${district}`;
  while (code.length < 18) code += creditAlphabet[random.int(0, creditAlphabet.length - 1)];
  return code;
}

/**
 * The registry of the demo installation, generated from a fixed seed up to `today`: the 251 federations of the
 * city, districts and streets, grid federations, unions of the 25 platforms that have one, about 1,500 franchisees,
 * partners, outlets and stations, tens of thousands of members, and three years of workforce figures.
 */
export function generateRegistryDemo(today: string, seed = 20_260_529) {
  const random = seededRandom(seed);
  const end = new Date(`${today}T00:00:00Z`);
  const organisations: DemoOrganisation[] = [];
  const enterprises: DemoEnterprise[] = [];
  const memberships: DemoMembership[] = [];
  const workforce: DemoWorkforce[] = [];
  const org = (o: Omit<DemoOrganisation, 'contactName' | 'contactPhone'>) =>
    organisations.push({ ...o, ...contact(random) });

  org({
    key: 'city',
    name: '上海市新就业形态工会联合会',
    kind: 'city_federation',
    parentKey: null,
    regionCode: regionTree.city.code,
    platformCode: null,
    enterpriseKey: null,
    industry: null,
    foundedOn: '2022-05-26',
    status: 'active',
    gridName: null,
  });
  for (const [industry, name, status] of [
    ['express', '上海市快递行业工会联合会', 'active'],
    ['food_delivery', '上海市外卖配送行业工会（筹）', 'preparing'],
    ['ride_hailing', '上海市网约车行业工会（筹）', 'preparing'],
  ] as const) {
    org({
      key: `industry:${industry}`,
      name,
      kind: 'industry_union',
      parentKey: 'city',
      regionCode: regionTree.city.code,
      platformCode: null,
      enterpriseKey: null,
      industry,
      foundedOn: status === 'active' ? '2024-11-20' : null,
      status,
      gridName: null,
    });
  }
  for (const p of demoPlatforms.filter((p) => p.unionFoundedOn)) {
    org({
      key: `platform:${p.code}`,
      name: `${p.nameZh}上海工会`,
      kind: 'platform_union',
      parentKey: 'city',
      regionCode: p.hqDistrict ?? regionTree.city.code,
      platformCode: p.code,
      enterpriseKey: null,
      industry: p.industry,
      foundedOn: p.unionFoundedOn,
      status: 'active',
      gridName: null,
    });
  }
  for (const d of regionTree.districts) {
    org({
      key: `district:${d.code}`,
      name: `${d.zh}新就业形态工会联合会`,
      kind: 'district_federation',
      parentKey: 'city',
      regionCode: d.code,
      platformCode: null,
      enterpriseKey: null,
      industry: null,
      foundedOn: dayBetween(random, new Date('2022-06-01'), new Date('2023-03-31')),
      status: 'active',
      gridName: null,
    });
    for (const s of d.streets) {
      org({
        key: `street:${s.code}`,
        name: `${s.zh}新就业形态工会联合会`,
        kind: 'street_federation',
        parentKey: `district:${d.code}`,
        regionCode: s.code,
        platformCode: null,
        enterpriseKey: null,
        industry: null,
        foundedOn: dayBetween(random, new Date('2023-01-01'), new Date('2025-06-30')),
        status: 'active',
        gridName: null,
      });
      const grids =
        d.code === '310118' || d.code === '310101' ? random.int(1, 3) : random.chance(0.15) ? 1 : 0;
      for (let g = 1; g <= grids; g++) {
        const gridName = `第${['一', '二', '三'][g - 1]}网格`;
        org({
          key: `grid:${s.code}:${g}`,
          name: `${s.zh}${gridName}工会联合会`,
          kind: 'grid_federation',
          parentKey: `street:${s.code}`,
          regionCode: s.code,
          platformCode: null,
          enterpriseKey: null,
          industry: null,
          foundedOn: dayBetween(random, new Date('2024-06-01'), end),
          status: 'active',
          gridName,
        });
      }
    }
  }

  const platformsByIndustry = (industry: string) => demoPlatforms.filter((p) => p.industry === industry);
  const addEnterprise = (
    kind: EnterpriseKind,
    platformCode: string,
    parentKey: string | null,
    districtHint?: string,
  ) => {
    const district = districtHint ?? random.weighted(districtCodes, weights);
    const d = regionTree.districts.find((x) => x.code === district)!;
    const street = random.pick(d.streets);
    const platform = demoPlatforms.find((p) => p.code === platformCode)!;
    const key = `enterprise:${enterprises.length + 1}`;
    const rate = platform.unionFoundedOn ? (kind === 'outlet' || kind === 'station' ? 0.35 : 0.55) : 0.1;
    const unionStatus: UnionStatus = random.chance(rate)
      ? 'founded'
      : random.chance(0.15)
        ? 'preparing'
        : 'none';
    const suffix = { franchisee: '加盟商', partner: '配送服务商', outlet: '网点', station: '站点' }[kind];
    const name = `${platform.nameZh.replace(/（.*）/, '')}${d.zh.replace(/区$/, '')}${street.zh.replace(/(街道|镇)$/, '')}${suffix}${enterprises.filter((e) => e.platformCode === platformCode && e.street === street.code).length + 1}`;
    enterprises.push({
      key,
      kind,
      name,
      creditCode: creditCode(random, district),
      platformCode,
      parentKey,
      district,
      street: street.code,
      unionStatus,
      unionFoundedOn: unionStatus === 'founded' ? dayBetween(random, new Date('2023-06-01'), end) : null,
      workers:
        kind === 'franchisee'
          ? random.int(15, 180)
          : kind === 'partner'
            ? random.int(60, 600)
            : random.int(5, 40),
    });
    if (unionStatus === 'founded') {
      const e = enterprises[enterprises.length - 1]!;
      org({
        key: `union:${key}`,
        name: `${name}工会`,
        kind: 'enterprise_union',
        parentKey: `street:${street.code}`,
        regionCode: street.code,
        platformCode,
        enterpriseKey: key,
        industry: platform.industry,
        foundedOn: e.unionFoundedOn,
        status: 'active',
        gridName: null,
      });
    }
    return key;
  };
  for (const p of platformsByIndustry('express')) {
    const franchisees = Math.round(p.workersEstimate / 75);
    for (let i = 0; i < franchisees; i++) {
      const parent = addEnterprise('franchisee', p.code, null);
      const parentDistrict = enterprises[enterprises.length - 1]!.district;
      if (random.chance(0.2)) addEnterprise('outlet', p.code, parent, parentDistrict);
    }
  }
  for (const p of platformsByIndustry('food_delivery')) {
    const partners = Math.round(p.workersEstimate / 600);
    for (let i = 0; i < partners; i++) {
      const parent = addEnterprise('partner', p.code, null);
      const parentDistrict = enterprises[enterprises.length - 1]!.district;
      for (let s = random.int(1, 3); s > 0; s--) addEnterprise('station', p.code, parent, parentDistrict);
    }
  }

  // Workforce: three years of monthly figures, growing about 1 % a month.
  const months: string[] = [];
  for (let i = 35; i >= 0; i--) {
    const m = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - i, 1));
    months.push(`${m.getUTCFullYear()}-${pad(m.getUTCMonth() + 1)}`);
  }
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  for (const [index, month] of months.entries()) {
    const growth = 0.7 + 0.3 * (index / (months.length - 1));
    for (const p of demoPlatforms) {
      districtCodes.forEach((district, i) => {
        const share = (weights[i] ?? 1) / totalWeight;
        workforce.push({
          month,
          district,
          platformCode: p.code,
          workers: Math.round(p.workersEstimate * share * growth),
        });
      });
    }
  }

  // Members: joining accelerates after 2024, more where platforms have unions.
  const memberTarget = 42_000;
  const start = new Date('2023-01-01T00:00:00Z');
  const foundedBy = new Map<string, DemoEnterprise[]>();
  for (const e of enterprises.filter((x) => x.unionStatus === 'founded')) {
    const k = `${e.platformCode}|${e.district}`;
    foundedBy.set(k, [...(foundedBy.get(k) ?? []), e]);
  }
  for (let i = 0; i < memberTarget; i++) {
    const platform = random.weighted(
      demoPlatforms,
      demoPlatforms.map((p) => p.workersEstimate * (p.unionFoundedOn ? 1 : 0.15)),
    );
    const district = random.weighted(districtCodes, weights);
    const d = regionTree.districts.find((x) => x.code === district)!;
    const street = random.pick(d.streets).code;
    const local = foundedBy.get(`${platform.code}|${district}`) ?? [];
    const enterprise = local.length && random.chance(0.6) ? random.pick(local) : null;
    const t = Math.sqrt(random.next());
    const joinedOn = new Date(start.getTime() + t * (end.getTime() - start.getTime()))
      .toISOString()
      .slice(0, 10);
    const left = random.chance(0.06) ? dayBetween(random, new Date(`${joinedOn}T00:00:00Z`), end) : null;
    memberships.push({
      workerId: `psn_demo_${pad(i + 1, 6)}`,
      organisationKey: enterprise ? `union:${enterprise.key}` : `street:${street}`,
      platformCode: platform.code,
      enterpriseKey: enterprise?.key ?? null,
      district,
      street: enterprise?.street ?? street,
      joinedOn,
      leftOn: left && left > joinedOn ? left : null,
    });
  }
  return { organisations, enterprises, memberships, workforce };
}
