import { regionTree, type Language } from '@gigpact/contracts';

/** A district's name in the reader's language, from its code; the text itself when it is no known code. */
export function districtLabel(code: string | null, language: Language): string {
  if (!code) return '—';
  const district = regionTree.districts.find((d) => d.code === code);
  return district ? district[language] : code;
}

export const runColours = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
  cancelled: 'warning',
} as const;

export const stateColours = {
  new: 'blue',
  confirmed: 'red',
  disputed: 'orange',
  rectified: 'green',
  dismissed: 'default',
} as const;

/** Percent of a stage done, for the progress bar. */
export function percentOf(progress: { done: number; total: number }, finished: boolean): number {
  if (finished) return 100;
  return progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
}
