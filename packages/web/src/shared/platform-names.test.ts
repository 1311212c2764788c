import { describe, expect, it } from 'vitest';
import { platformLabel, platformLabelOfName } from './platform-names';

describe('platform names', () => {
  const names = [{ code: 'eleme', zh: '饿了么', en: 'Ele.me' }];
  it('name a platform in the reader’s language, and keep an unknown code', () => {
    expect(platformLabel('eleme', names, 'zh')).toBe('饿了么');
    expect(platformLabel('eleme', names, 'en')).toBe('Ele.me');
    expect(platformLabel('didi', names, 'en')).toBe('didi');
    expect(platformLabel(null, names, 'zh')).toBe('—');
  });

  it('name the platform a case gives by its Chinese name in the reader’s language', () => {
    expect(platformLabelOfName('饿了么', names, 'en')).toBe('Ele.me');
    expect(platformLabelOfName('饿了么', names, 'zh')).toBe('饿了么');
    expect(platformLabelOfName('某平台', names, 'en')).toBe('某平台');
    expect(platformLabelOfName(null, names, 'en')).toBe('—');
  });
});
