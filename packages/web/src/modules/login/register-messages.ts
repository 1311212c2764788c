import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the login page's own texts under `login.` in both languages, beside the shared ones. */
export function registerLoginMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { login: zh }, true, false);
  i18n.addResourceBundle('en', 'translation', { login: en }, true, false);
}
