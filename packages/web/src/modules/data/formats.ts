import { datasetFormats, type DatasetKind } from '@gigpact/contracts';
import type { DatasetFormat } from './api';

/**
 * The formats that read one platform's own export, with the kind of data each gives (the datasets package's
 * adapters): with one of them the upload need not say its kind.
 */
export const platformFormatKinds: Partial<Record<DatasetFormat, DatasetKind>> = {
  'nyc-hvfhv': 'ride_trips',
  'uber-driver-rides': 'ride_trips',
};

/** Whether a format is a platform's own export's (an adapter), not a general one such as CSV. */
export function isPlatformFormat(format: string | null | undefined): boolean {
  return !!format && Object.hasOwn(platformFormatKinds, format);
}

/** Whether an upload in this format (none: judged by the file's name) must say which kind of data it holds. */
export function kindRequired(format: string | null | undefined): boolean {
  return !isPlatformFormat(format);
}

/** Whether a format has a name of its own in the texts (`data.formats.<format>`); an older dataset's may not. */
export function isKnownFormat(format: string): format is DatasetFormat {
  return (datasetFormats as readonly string[]).includes(format);
}
