import type { Language } from '@gigpact/contracts';

// Who a rule holds liable, as the rule library words it (src/library); the web's finding page names them alike.
const liableNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  platform: { zh: '平台', en: 'platform' },
  franchisee: { zh: '加盟商', en: 'franchisee' },
  company: { zh: '快递公司', en: 'company' },
  'franchisee, escalated to company': {
    zh: '加盟商（可追至快递公司）',
    en: 'franchisee, escalated to company',
  },
  'platform (partner for dedicated riders)': {
    zh: '平台（专送骑手为合作商）',
    en: 'platform (partner for dedicated riders)',
  },
};

/** Who a rule holds liable, in the reader's language; a custom rule's own words when they are not known here. */
export function liableWords(liable: string, language: Language): string {
  return liableNames[liable]?.[language] ?? liable;
}

// Sources that are words rather than codes; S-numbers of sources.md stay as they are in both languages.
const sourceNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  negotiated: { zh: '协商确定', en: 'negotiated' },
};

/** A parameter's source in the reader's language: `negotiated` → `协商确定`; `S8` stays `S8`. */
export function sourceWords(source: string, language: Language): string {
  return sourceNames[source]?.[language] ?? source;
}
