import { describe, expect, it } from 'vitest';
import { daysAround } from './days-around';

const data = { start: '2025-04-14', end: '2025-05-18' };

describe('days of data around an agreement', () => {
  it('counts the days before the effective date and after it to the end of the data', () => {
    expect(daysAround(data, '2025-05-01', null)).toEqual({ daysBefore: 17, daysAfter: 18 });
  });

  it('stops the days after at the agreement’s last day', () => {
    expect(daysAround(data, '2025-05-01', '2025-05-10')).toEqual({ daysBefore: 17, daysAfter: 10 });
    // Ended before the data did: only its own days count; ended after: the data's end.
    expect(daysAround(data, '2025-05-01', '2025-05-01')).toEqual({ daysBefore: 17, daysAfter: 1 });
    expect(daysAround(data, '2025-05-01', '2025-12-31')).toEqual({ daysBefore: 17, daysAfter: 18 });
  });

  it('gives 0 for a side without data', () => {
    expect(daysAround(data, '2025-09-01', null)).toEqual({ daysBefore: 35, daysAfter: 0 });
    expect(daysAround({ start: undefined, end: undefined }, '2025-05-01', null)).toEqual({
      daysBefore: 0,
      daysAfter: 0,
    });
  });
});
