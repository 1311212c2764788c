import { describe, expect, it } from 'vitest';
import { ingestOptionsSchema } from './options';

describe('ingest options', () => {
  it('refuse a platform code in words, in Chinese and English, without the regular expression', () => {
    const parsed = ingestOptionsSchema.safeParse({
      dataDir: '/data',
      pseudonymKey: 'a-key-of-sixteen-chars',
      platform: 'Ele.me',
    });
    expect(parsed.success).toBe(false);
    const [issue] = parsed.error!.issues;
    expect(issue!.message).toBe(
      '平台代码只能由小写字母、数字和下划线组成，如 eleme、didi_freight / a platform code is lower-case letters, digits and underscores, e.g. eleme, didi_freight',
    );
  });
});
