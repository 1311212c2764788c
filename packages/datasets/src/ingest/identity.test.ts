import { describe, expect, it } from 'vitest';
import { adapters } from '../adapters';
import { testKey } from '../testing/builders';
import { identityOf } from './identity';
import { ingestOptionsSchema } from './options';

const options = ingestOptionsSchema.parse({ dataDir: '/data', pseudonymKey: testKey });
const sha = 'a'.repeat(64);

describe('dataset identity', () => {
  it('changes with an adapter’s revision, so an export stored by an earlier reading is read again', () => {
    const adapter = adapters['nyc-hvfhv']!;
    const before = identityOf(sha, 'ride_trips', 'nyc-hvfhv', options);
    const revision = adapter.revision;
    try {
      adapter.revision = revision + 1;
      expect(identityOf(sha, 'ride_trips', 'nyc-hvfhv', options)).not.toBe(before);
    } finally {
      adapter.revision = revision;
    }
    expect(identityOf(sha, 'ride_trips', 'nyc-hvfhv', options)).toBe(before);
  });

  it('of a canonical file does not depend on any adapter’s revision', () => {
    const adapter = adapters['nyc-hvfhv']!;
    const before = identityOf(sha, 'ride_trips', 'csv', options);
    const revision = adapter.revision;
    try {
      adapter.revision = revision + 1;
      expect(identityOf(sha, 'ride_trips', 'csv', options)).toBe(before);
    } finally {
      adapter.revision = revision;
    }
  });
});
