import { describe, expect, it } from 'vitest';
import { filtersOf, readListState, withFilter, writeListState } from './filters';

describe('enterprise list state in the address', () => {
  it('reads known filters and ignores what is not valid', () => {
    const state = readListState(
      new URLSearchParams(
        'unionStatus=none&kind=shop&district=3101&street=310118106&page=3&pageSize=7&sort=workers',
      ),
    );
    expect(state).toMatchObject({
      unionStatus: 'none',
      kind: undefined,
      district: undefined,
      street: '310118106',
      page: 3,
      pageSize: 20,
      sort: 'workers',
    });
  });

  it('writes only what differs from the defaults, and reads back the same state', () => {
    const state = readListState(new URLSearchParams('q=极兔&unionStatus=none&page=2&pageSize=50&order=desc'));
    const written = writeListState(state);
    expect(written.toString()).toBe(
      new URLSearchParams({
        q: '极兔',
        unionStatus: 'none',
        order: 'desc',
        page: '2',
        pageSize: '50',
      }).toString(),
    );
    expect(readListState(written)).toEqual(state);
    expect(writeListState(readListState(new URLSearchParams())).toString()).toBe('');
  });

  it('goes back to page 1 on a new filter and drops a street when its district changes', () => {
    const state = readListState(new URLSearchParams('district=310118&street=310118106&page=4'));
    expect(withFilter(state, { unionStatus: 'none' })).toMatchObject({ page: 1, street: '310118106' });
    expect(withFilter(state, { district: '310101' })).toMatchObject({
      district: '310101',
      street: undefined,
    });
    expect(filtersOf(state)).not.toHaveProperty('page');
  });
});
