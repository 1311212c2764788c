import {
  agreementStatusNames,
  industryNames,
  type AgreementStatusName,
  type Industry,
  type Language,
  type LibraryParamRange,
} from '@gigpact/contracts';
import { localized } from '../../i18n/localized';

export const statusColours: Record<AgreementStatusName, string> = {
  draft: 'default',
  negotiating: 'processing',
  signed: 'cyan',
  in_force: 'success',
  superseded: 'warning',
};

export const statusLabel = (status: AgreementStatusName, language: Language) =>
  localized(agreementStatusNames[status], language);

export const industryLabel = (industry: Industry, language: Language) =>
  localized(industryNames[industry], language);

/** A parameter's allowed range for a message: its interval (`range`) and what a value must be (`words`). */
export const rangeWords = (range: LibraryParamRange, language: Language) => ({
  range: range.notation,
  words: localized(range, language),
});
