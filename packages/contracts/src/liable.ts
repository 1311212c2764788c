import type { Language } from './api/session';

// Who a rule holds liable, as the rule library words it (rules/src/library), named for readers.
const liableNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  platform: { zh: '平台', en: 'Platform' },
  franchisee: { zh: '加盟商', en: 'Franchisee' },
  company: { zh: '快递公司', en: 'Express company' },
  'franchisee, escalated to company': {
    zh: '加盟商（可追至快递公司）',
    en: 'Franchisee, escalated to the company',
  },
  // A finding of a rule that holds the partner liable for dedicated riders, whose rows are a dedicated rider's.
  partner: { zh: '合作商（专送骑手）', en: 'Partner (dedicated riders)' },
  'platform (partner for dedicated riders)': {
    zh: '平台（专送骑手为合作商）',
    en: 'Platform (the partner for dedicated riders)',
  },
};

/** Who a rule holds liable, in the reader's language; a custom rule's own words when they are not known here. */
export function liablePartyName(liable: string, language: Language): string {
  return liableNames[liable]?.[language] ?? liable;
}
