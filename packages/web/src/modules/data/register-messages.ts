import { i18n } from '../../i18n';
import { en, zh } from './messages';

/** Adds the platform data pages' texts under `data.` in both languages when the module's chunk loads. */
export function registerDataMessages(): void {
  i18n.addResourceBundle('zh', 'translation', { data: zh }, true, true);
  i18n.addResourceBundle('en', 'translation', { data: en }, true, true);
}
