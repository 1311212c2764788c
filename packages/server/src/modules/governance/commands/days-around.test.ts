import { describe, expect, it } from 'vitest';
import { daysAround } from './days-around';

/** Every day from the first to the last, inclusive. */
const everyDay = (from: string, to: string) => {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
};

const data = everyDay('2025-04-14', '2025-05-18');

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

  it('counts only the days that have rows, each once, not the span between them', () => {
    // Rows on 1 and 30 April and on 20 May: 2 days before 1 May and 1 after, not the 30 and 20 days they span.
    const sparse = ['2025-04-01', '2025-04-30', '2025-04-30', '2025-05-20'];
    expect(daysAround(sparse, '2025-05-01', null)).toEqual({ daysBefore: 2, daysAfter: 1 });
    expect(daysAround(sparse, '2025-04-30', null)).toEqual({ daysBefore: 1, daysAfter: 2 });
  });

  it('gives 0 for a side without data', () => {
    expect(daysAround(data, '2025-09-01', null)).toEqual({ daysBefore: 35, daysAfter: 0 });
    expect(daysAround([], '2025-05-01', null)).toEqual({ daysBefore: 0, daysAfter: 0 });
  });
});
