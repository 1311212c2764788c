import { mediationStatusNames, type Language, type MediationStatus } from '@gigpact/contracts';
import { localized } from '../../i18n/localized';

export const mediationColours: Record<MediationStatus, string> = {
  requested: 'blue',
  scheduled: 'processing',
  agreed: 'success',
  failed: 'error',
  arbitration: 'purple',
  withdrawn: 'default',
};

export const mediationStatusLabel = (s: MediationStatus, l: Language) =>
  localized(mediationStatusNames[s], l);

/** A request still open to sittings and an outcome. */
export const isOpen = (s: MediationStatus) => s === 'requested' || s === 'scheduled';
