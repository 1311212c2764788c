import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the case pages' texts under `cases.` in both languages when the module's chunk loads. */
export function registerCaseMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { cases: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { cases: en }, true, true);
}
