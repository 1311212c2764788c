import { describe, expect, it } from 'vitest';
import { acrossRunsFiltersOf, stateParamOf } from './across-filters';

describe('findings across runs: filters in the address', () => {
  it('reads the dashboard link and drops what the server would refuse', () => {
    expect(acrossRunsFiltersOf(new URLSearchParams('state=open'))).toMatchObject({
      state: 'open',
      page: 1,
      pageSize: 20,
      sort: undefined,
    });
    const read = acrossRunsFiltersOf(
      new URLSearchParams(
        'state=bogus&district=Qingpu&from=2026-11-01&to=nope&sort=amount&order=desc&page=3&pageSize=999&platform=%20eleme%20',
      ),
    );
    expect(read).toMatchObject({
      state: undefined,
      district: undefined,
      from: '2026-11-01',
      to: undefined,
      sort: 'amount',
      order: 'desc',
      page: 3,
      pageSize: 200,
      platform: 'eleme',
    });
  });

  it('writes open for exactly the open states, else the states in their order', () => {
    expect(stateParamOf(['disputed', 'new', 'confirmed'])).toBe('open');
    expect(stateParamOf(['dismissed', 'new'])).toBe('new,dismissed');
    expect(stateParamOf([])).toBeUndefined();
  });
});
