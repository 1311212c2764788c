import {
  agreementStatusNames,
  industryNames,
  type AgreementStatusName,
  type Industry,
  type Language,
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
