import { i18n } from '../../i18n';
import { en as formEn, zh as formZh } from './form/messages';
import { en as meetingsEn, zh as meetingsZh } from './meetings/messages';
import { en, zh } from './messages';

/** Adds the agreement pages' texts under `agreements.` in both languages when the module's chunk loads. */
export function registerAgreementMessages(): void {
  i18n.addResourceBundle(
    'zh',
    'translation',
    { agreements: { ...zh, form: formZh, meetings: meetingsZh } },
    true,
    true,
  );
  i18n.addResourceBundle(
    'en',
    'translation',
    { agreements: { ...en, form: formEn, meetings: meetingsEn } },
    true,
    true,
  );
}
