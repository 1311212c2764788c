import { describe, expect, it } from 'vitest';
import { exportQuery, readCaseListState, withCaseFilter, writeCaseListState } from './filters';

describe('case list state in the address', () => {
  it('reads what it knows and ignores the rest', () => {
    const state = readCaseListState(
      new URLSearchParams('status=triage&type=bogus&district=310118&street=12&overdue=true&page=3&x=1'),
    );
    expect(state).toMatchObject({ status: 'triage', district: '310118', overdue: 'true', page: 3 });
    expect(state.type).toBeUndefined();
    expect(state.street).toBeUndefined();
    expect(state.pageSize).toBe(20);
  });

  it('writes back only what differs from the defaults, so the round trip is stable', () => {
    const state = readCaseListState(new URLSearchParams('q=欠薪&sort=openedOn&order=asc&page=1'));
    const written = writeCaseListState(state);
    expect(written.toString()).toBe(new URLSearchParams('q=欠薪&sort=openedOn&order=asc').toString());
    expect(readCaseListState(written)).toEqual(state);
  });

  it('starts again at page 1 on a new filter and drops the street with its district', () => {
    const state = readCaseListState(new URLSearchParams('district=310118&street=310118106&page=4'));
    const next = withCaseFilter(state, { district: '310101' });
    expect(next).toMatchObject({ district: '310101', street: undefined, page: 1 });
    expect(withCaseFilter(state, { overdue: 'true' }).street).toBe('310118106');
  });

  it('exports with the filters on screen and without paging or sort', () => {
    const state = readCaseListState(new URLSearchParams('status=referral&page=2&sort=number'));
    expect(exportQuery(state)).toEqual({
      q: undefined,
      status: 'referral',
      state: undefined,
      type: undefined,
      source: undefined,
      district: undefined,
      street: undefined,
      overdue: undefined,
    });
  });

  it('reads the open cases of the dashboard link, and a single state replaces it', () => {
    const open = readCaseListState(new URLSearchParams('state=open'));
    expect(open).toMatchObject({ state: 'open', status: undefined, page: 1 });
    expect(readCaseListState(new URLSearchParams('state=all')).state).toBeUndefined();
    expect(writeCaseListState(open).toString()).toBe('state=open');
    expect(withCaseFilter(open, { status: 'triage' })).toMatchObject({ status: 'triage', state: undefined });
    const triage = readCaseListState(new URLSearchParams('status=triage&page=2'));
    expect(withCaseFilter(triage, { state: 'open' })).toMatchObject({
      state: 'open',
      status: undefined,
      page: 1,
    });
  });
});
