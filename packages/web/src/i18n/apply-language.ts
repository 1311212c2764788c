import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from '@gigpact/contracts';
import { i18n } from './index';
import { storeLanguage } from './stored-language';

/** Switches every part of the page that speaks a language: texts, dates, the document's lang and title. */
export async function applyLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
    document.title = `Gigpact ${i18n.getFixedT(language)('brand.title')}`;
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
