import { describe, expect, it } from 'vitest';
import { filterFromSearch } from './CatalogueList';

describe('catalogue filters from the address', () => {
  it('takes a known kind and a platform code', () => {
    expect(filterFromSearch(new URLSearchParams('kind=workers&platform=eleme'))).toEqual({
      kind: 'workers',
      platform: 'eleme',
    });
  });

  it('ignores an unknown kind and a platform that is not a code', () => {
    expect(filterFromSearch(new URLSearchParams('kind=passwords&platform=Ele%20me'))).toEqual({});
    expect(filterFromSearch(new URLSearchParams(''))).toEqual({});
  });
});
