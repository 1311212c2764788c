import { describe, expect, it } from 'vitest';
import { adapters } from '../adapters';
import { testKey } from '../testing/builders';
import { identityOf } from './identity';
import { ingestOptionsSchema } from './options';

const options = ingestOptionsSchema.parse({ dataDir: '/data', pseudonymKey: testKey });
const sha = 'a'.repeat(64);

/** `read()` while the nyc-hvfhv adapter is at its next revision; the revision is put back after. */
function atNextRevision<T>(read: () => T): T {
  const adapter = adapters['nyc-hvfhv']!;
  const revision = adapter.revision;
  try {
    adapter.revision = revision + 1;
    return read();
  } finally {
    adapter.revision = revision;
  }
}

describe('dataset identity', () => {
  it('changes with an adapter’s revision, so an export stored by an earlier reading is read again', () => {
    const before = identityOf(sha, 'ride_trips', 'nyc-hvfhv', options);
    expect(atNextRevision(() => identityOf(sha, 'ride_trips', 'nyc-hvfhv', options))).not.toBe(before);
    expect(identityOf(sha, 'ride_trips', 'nyc-hvfhv', options)).toBe(before);
  });

  it('of a canonical file does not depend on any adapter’s revision', () => {
    const before = identityOf(sha, 'ride_trips', 'csv', options);
    expect(atNextRevision(() => identityOf(sha, 'ride_trips', 'csv', options))).toBe(before);
  });
});
