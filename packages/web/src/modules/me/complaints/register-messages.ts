import { i18n } from '../../../i18n';
import { en, zh } from './messages';

/** Adds the complaint pages' texts under `complaints.` in both languages when the `me` chunk loads. */
export function registerComplaintMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { complaints: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { complaints: en }, true, true);
}
