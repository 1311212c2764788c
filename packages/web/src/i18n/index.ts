import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@gigpact/contracts';
import { en } from './en';
import { zh } from './zh';
import { readStoredLanguage } from './stored-language';

/**
 * One i18next instance for the whole client. Chinese is the default; before sign-in the last choice made in
 * this browser wins, after sign-in the user's preference stored by the server does.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh';
}
