/** Bytes as a person reads them: 1.5 MB, 320 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A dataset's period as one text: `2025-09-01 – 2025-09-30`, or one day, or a dash. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return '—';
  if (start === end) return start ?? '';
  return `${start ?? '…'} – ${end ?? '…'}`;
}
