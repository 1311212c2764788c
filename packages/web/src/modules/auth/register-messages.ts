import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the account texts under `account.` in both languages, once the signed-in frame loads. */
export function registerAccountMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { account: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { account: en }, true, true);
}
