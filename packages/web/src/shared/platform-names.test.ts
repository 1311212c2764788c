import { describe, expect, it } from 'vitest';
import { platformLabel } from './platform-names';

describe('platform names', () => {
  const names = [{ code: 'eleme', zh: '饿了么', en: 'Ele.me' }];
  it('name a platform in the reader’s language, and keep an unknown code', () => {
    expect(platformLabel('eleme', names, 'zh')).toBe('饿了么');
    expect(platformLabel('eleme', names, 'en')).toBe('Ele.me');
    expect(platformLabel('didi', names, 'en')).toBe('didi');
    expect(platformLabel(null, names, 'zh')).toBe('—');
  });
});
