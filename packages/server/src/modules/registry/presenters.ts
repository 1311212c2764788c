import type { EnterpriseSummary, OrganisationNode, PlatformSummary } from '@gigpact/contracts';
import type { EnterpriseListed } from './enterprises.repository';
import type { OrganisationListed } from './organisations.repository';
import type { PlatformWithCounts } from './platforms.repository';
import { districtName, regionName, streetName } from './region-names';

export function presentPlatform(p: PlatformWithCounts): PlatformSummary {
  return {
    id: p.id,
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    industry: p.industry,
    hqDistrict: p.hqDistrict,
    hqDistrictName: p.hqDistrict ? districtName(p.hqDistrict) : null,
    unionFoundedOn: p.unionFoundedOn,
    workersEstimate: p.workersEstimate,
    enterprises: p.enterprises,
    enterprisesWithUnion: p.enterprisesWithUnion,
    members: p.members,
  };
}

export function presentEnterprise({
  enterprise: e,
  platform: p,
  members,
}: EnterpriseListed): EnterpriseSummary {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    creditCode: e.creditCode,
    platformId: p.id,
    platformCode: p.code,
    platformName: p.nameZh,
    industry: p.industry,
    parentId: e.parentId,
    district: e.district,
    districtName: districtName(e.district),
    street: e.street,
    streetName: streetName(e.street),
    unionStatus: e.unionStatus,
    unionFoundedOn: e.unionFoundedOn,
    workers: e.workers,
    members,
    version: e.version,
  };
}

export function presentOrganisation({
  organisation: o,
  platformCode,
  members,
  children,
}: OrganisationListed): OrganisationNode {
  const level = o.regionCode.length === 9 ? 'street' : o.regionCode.endsWith('0000') ? 'city' : 'district';
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    parentId: o.parentId,
    area: `${level}:${o.regionCode}`,
    areaName: regionName(o.regionCode),
    platformCode,
    foundedOn: o.foundedOn,
    status: o.status,
    members,
    children,
  };
}

/** A phone number as lists show it: 138****5678. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
