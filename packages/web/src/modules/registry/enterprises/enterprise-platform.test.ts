import { describe, expect, it } from 'vitest';
import type { EnterpriseSummary, Language } from '@gigpact/contracts';
import { platformLabelOfName } from '../../../shared/platform-names';

/** As the enterprise list names a platform: by the name the server gave, in the reader's language. */
const enterprisePlatformLabel = (
  e: Pick<EnterpriseSummary, 'platformCode' | 'platformName'>,
  list: typeof names,
  language: Language,
) => platformLabelOfName(e.platformName, list, language);

const names = [
  { code: 'jd', zh: '京东物流', en: 'JD Logistics' },
  { code: 'jt', zh: '极兔速递', en: 'J&T Express' },
];

describe('an enterprise’s platform', () => {
  it('is named in the reader’s language by its code', () => {
    const enterprise = { platformCode: 'jd', platformName: '京东物流' };
    expect(enterprisePlatformLabel(enterprise, names, 'en')).toBe('JD Logistics');
    expect(enterprisePlatformLabel(enterprise, names, 'zh')).toBe('京东物流');
  });

  it('keeps the name the server gave while the names load or for a platform they do not hold', () => {
    expect(enterprisePlatformLabel({ platformCode: 'jd', platformName: '京东物流' }, [], 'en')).toBe(
      '京东物流',
    );
    expect(enterprisePlatformLabel({ platformCode: 'new', platformName: '新平台' }, names, 'en')).toBe(
      '新平台',
    );
  });
});
