import { ingestFormats } from '@gigpact/datasets';

/** Collects the values of an option given more than once (`--map a=b --map c=d`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** How a file is read, as `gigpact ingest` and `gigpact audit` both take it on the command line. */
export interface FileReadingOptions {
  format?: string;
  policy: string;
  map: string[];
  drop: string[];
}

/**
 * The bad-row policy and the column map of `--map source=column` and `--drop column` (a dropped column maps to
 * null), the format known; else the usage error naming the first option that is wrong.
 */
export function fileReadingOf(
  options: FileReadingOptions,
): { policy: 'quarantine' | 'reject'; columnMap: Record<string, string | null> } | { error: string } {
  if (options.format && !(ingestFormats as readonly string[]).includes(options.format))
    return { error: `未知的格式 / unknown format: ${options.format} (${ingestFormats.join(', ')})` };
  const policy = options.policy;
  if (policy !== 'quarantine' && policy !== 'reject')
    return { error: `--policy 只能是 quarantine 或 reject / --policy must be quarantine or reject` };
  const columnMap: Record<string, string | null> = {};
  for (const pair of options.map) {
    const [source, target] = pair.split('=');
    if (!source || !target) return { error: `--map 应为 源列=标准列 / --map takes source=column: ${pair}` };
    columnMap[source] = target;
  }
  for (const column of options.drop) columnMap[column] = null;
  return { policy, columnMap };
}
