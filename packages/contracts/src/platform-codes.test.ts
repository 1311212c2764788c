import { describe, expect, it } from 'vitest';
import { platformsSpeltLikeCovered, unregisteredPlatformsOf } from './platform-codes';

describe('data of a platform spelt like one the agreement covers', () => {
  it('pairs each with the covered name it differs from only in case, spaces or separators', () => {
    expect(
      platformsSpeltLikeCovered(
        [
          ['Huolala', 'huolala', 'lalamove'],
          ['didi-freight', 'DIDI FREIGHT'],
        ],
        ['didi_freight', 'huolala'],
      ),
    ).toEqual([
      { held: 'DIDI FREIGHT', covered: 'didi_freight' },
      { held: 'Huolala', covered: 'huolala' },
      { held: 'didi-freight', covered: 'didi_freight' },
    ]);
    // A covered name itself, and names that differ in letters, are not near misses.
    expect(platformsSpeltLikeCovered([['huolala', 'huolal', 'lalamove']], ['huolala'])).toEqual([]);
    expect(platformsSpeltLikeCovered([['Huolala']], [])).toEqual([]);
  });
});

describe('the platforms of a dataset the registry does not hold', () => {
  it('are listed in the dataset’s order, each with the registered code spelt alike or null', () => {
    expect(unregisteredPlatformsOf(['jt', 'J&T', 'JT', 'yto-express'], ['jt', 'yto'])).toEqual([
      { code: 'J&T', near: null },
      { code: 'JT', near: 'jt' },
      { code: 'yto-express', near: null },
    ]);
    expect(unregisteredPlatformsOf(['jt'], ['jt'])).toEqual([]);
  });
});
