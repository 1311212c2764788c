import { datasetFormats, platformFormatKinds } from '@gigpact/contracts';
import type { DatasetFormat } from './api';

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
