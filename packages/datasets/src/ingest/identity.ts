import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { DatasetKind } from '@gigpact/contracts';
import { adapterOf } from '../adapters';
import type { IngestFormat, IngestOptions } from './options';
import { keyFingerprint } from './personal-data';

export function formatFromName(name: string): IngestFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.parquet') return 'parquet';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.xlsx') return 'xlsx';
  return 'csv';
}

/**
 * A dataset is its bytes read one way: the same bytes with the same reading options (kind, format, platform,
 * driver, zone, policy, column map, pseudonym key) and read in the same text encoding are the same dataset. An
 * adapter's reading has a revision (`Adapter.revision`): an export stored by an earlier one is read again, not
 * reused. The encoding is the one used, detected or declared: a file stored read as UTF-8 is read again when
 * `--encoding gb18030` is given.
 */
export function identityOf(
  contentSha256: string,
  kind: DatasetKind,
  format: string,
  options: IngestOptions,
  encoding: string | null = null,
): string {
  const adapter = adapterOf(format);
  const reading = {
    contentSha256,
    kind,
    format,
    platform: options.platform ?? null,
    driver: options.driver ?? null,
    timeZone: options.timeZone,
    currency: options.currency,
    policy: options.policy,
    columnMap: Object.entries(options.columnMap).sort(([a], [b]) => a.localeCompare(b)),
    key: keyFingerprint(options.pseudonymKey),
    // Only for adapters, so canonical datasets keep their ids.
    ...(adapter ? { adapterRevision: adapter.revision } : {}),
    // Only when not UTF-8 (or no text at all), so that UTF-8 and binary datasets keep their ids.
    ...(encoding && encoding !== 'utf-8' ? { encoding } : {}),
  };
  return createHash('sha256').update(JSON.stringify(reading)).digest('hex');
}
