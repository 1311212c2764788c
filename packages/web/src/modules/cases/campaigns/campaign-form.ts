import type { EnterpriseKind, Industry } from '@gigpact/contracts';
import type { CampaignInput } from '../api';

export interface CampaignFormValues {
  title?: string;
  district?: string;
  industry?: Industry;
  platformCodes?: string[];
  enterpriseKinds?: EnterpriseKind[];
  checklist?: string;
  startedOn: string;
}

/** The checklist as written, one item a line: blank lines and surrounding spaces dropped, duplicates once. */
export function checklistItems(text: string | undefined): string[] {
  const items = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.、)])\s*/, '').trim())
    .filter((line) => line.length > 0);
  return [...new Set(items)];
}

/** The request body: a district officer's campaign is always their own district's. */
export function campaignRequest(values: CampaignFormValues, ownDistrict: string | undefined): CampaignInput {
  return {
    title: (values.title ?? '').trim(),
    district: ownDistrict ?? values.district ?? null,
    industry: values.industry ?? null,
    platformCodes: values.platformCodes ?? [],
    enterpriseKinds: values.enterpriseKinds?.length ? values.enterpriseKinds : ['franchisee'],
    checklist: checklistItems(values.checklist),
    startedOn: values.startedOn,
  };
}

/** Of every campaign figure, the share of targets already checked, as a whole percentage. */
export function checkedShare(figures: { targets: number; checked: number }): number {
  return figures.targets === 0 ? 0 : Math.round((figures.checked / figures.targets) * 100);
}
