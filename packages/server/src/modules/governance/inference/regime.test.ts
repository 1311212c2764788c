import { describe, expect, it } from 'vitest';
import { latestChange, latestPayChange, payChanges, speedChanges } from './regime';

/** A month fitted at `kmh` whose minutes per km are known to within ± `spread`. */
const month = (name: string, kmh: number | null, spread = 0.05) => {
  const slope = kmh === null ? null : 60 / kmh;
  return {
    month: name,
    ridingKmh: kmh,
    slopeInterval: slope === null ? { lo: null, hi: null } : { lo: slope - spread, hi: slope + spread },
  };
};

describe('changes of the riding speed between months', () => {
  it('finds none where every month holds the same speed within its interval', () => {
    const months = [month('2025-01', 15), month('2025-02', 15.2), month('2025-03', 14.9)];
    expect(speedChanges(months)).toEqual([]);
    expect(latestChange(months)).toBeNull();
  });

  it('finds the month the speed changed, and the start of the algorithm before it', () => {
    const months = ['01', '02', '03', '04', '05', '06'].map((m, i) => month(`2025-${m}`, i < 4 ? 15 : 18));
    expect(latestChange(months)).toEqual({ month: '2025-05', previousFrom: '2025-01' });
  });

  it('takes the latest of several changes, the one before it starting the previous algorithm', () => {
    const months = [15, 15, 18, 18, 20, 20].map((kmh, i) => month(`2025-0${i + 1}`, kmh));
    expect(speedChanges(months)).toEqual(['2025-03', '2025-05']);
    expect(latestChange(months)).toEqual({ month: '2025-05', previousFrom: '2025-03' });
  });

  it('reads no change where the intervals overlap, however far apart the speeds', () => {
    // Few orders a month: 15 and 18 km/h are 4 and 3.33 minutes per km, within ± 0.4 of each other.
    expect(speedChanges([month('2025-01', 15, 0.4), month('2025-02', 18, 0.4)])).toEqual([]);
  });

  it('reads no change under 0.5 km/h, however narrow the intervals', () => {
    expect(speedChanges([month('2025-01', 15, 0.001), month('2025-02', 15.3, 0.001)])).toEqual([]);
    expect(speedChanges([month('2025-01', 15, 0.001), month('2025-02', 15.6, 0.001)])).toEqual(['2025-02']);
  });

  it('passes over a month without an interval, comparing with the month before it', () => {
    const sparse = { month: '2025-02', ridingKmh: 18, slopeInterval: { lo: null, hi: null } };
    const months = [month('2025-01', 15), sparse, month('2025-03', 18)];
    expect(latestChange(months)).toEqual({ month: '2025-03', previousFrom: '2025-01' });
    expect(speedChanges([month('2025-01', 15), month('2025-02', null), month('2025-03', 15)])).toEqual([]);
  });
});

/** A month paid `perKm` CNY a km, known to within ± `spread`. */
const paid = (name: string, perKm: number | null, spread = 0.02) => ({
  month: name,
  perKm,
  perKmInterval: perKm === null ? { lo: null, hi: null } : { lo: perKm - spread, hi: perKm + spread },
});

describe('changes of the pay per km between months', () => {
  it('finds the month pay per km was cut, and none where it held within 0.1 CNY', () => {
    const months = ['01', '02', '03', '04'].map((m, i) => paid(`2025-${m}`, i < 2 ? 2 : 1.6));
    expect(payChanges(months)).toEqual(['2025-03']);
    expect(latestPayChange(months)).toEqual({ month: '2025-03', previousFrom: '2025-01' });
    expect(latestPayChange([paid('2025-01', 2, 0.001), paid('2025-02', 2.05, 0.001)])).toBeNull();
    expect(payChanges([paid('2025-01', 2, 0.3), paid('2025-02', 1.6, 0.3)])).toEqual([]);
  });
});
