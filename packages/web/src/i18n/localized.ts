import type { Language } from '@gigpact/contracts';

/** Picks the text for the current language from a `{ zh, en }` pair as the server and contracts send them. */
export function localized(text: { zh: string; en: string }, language: Language): string {
  return language === 'en' ? text.en : text.zh;
}
