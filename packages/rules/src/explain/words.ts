import { liablePartyName, type Language } from '@gigpact/contracts';

/**
 * Who a rule holds liable, in the reader's language: named in Chinese as the web's finding page names them, in
 * English in the rule's own words.
 */
export function liableWords(liable: string, language: Language): string {
  return language === 'zh' ? liablePartyName(liable, 'zh') : liable;
}

// Sources that are words rather than codes; S-numbers of sources.md stay as they are in both languages.
const sourceNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  negotiated: { zh: '协商确定', en: 'negotiated' },
};

/** A parameter's source in the reader's language: `negotiated` → `协商确定`; `S8` stays `S8`. */
export function sourceWords(source: string, language: Language): string {
  return sourceNames[source]?.[language] ?? source;
}
