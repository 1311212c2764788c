import { describe, expect, it } from 'vitest';
import { nearlySpelt } from './near-names';

const offered = (wanted: string[], candidates: string[]) =>
  Object.fromEntries(nearlySpelt(wanted, candidates));

describe('nearlySpelt', () => {
  it('finds the columns spelt nearly like those wanted, whatever their case and separators', () => {
    expect(offered(['pickup_at', 'dropoff_at'], ['fare', 'picked_up_at', 'dropped_off_at'])).toEqual({
      pickup_at: 'picked_up_at',
      dropoff_at: 'dropped_off_at',
    });
    expect(offered(['courier_fee'], ['Courier-Fee'])).toEqual({ courier_fee: 'Courier-Fee' });
  });

  it('offers each column once, to the name nearest to it', () => {
    expect(offered(['courier_fee', 'courier_id'], ['courierid'])).toEqual({ courier_id: 'courierid' });
  });

  it('offers nothing for a name far from every column, for short names not alike, or for two equally near', () => {
    expect(offered(['driver_income'], ['driver_pay', 'fare'])).toEqual({});
    expect(offered(['day'], ['pay'])).toEqual({});
    expect(offered(['pay'], ['PAY'])).toEqual({ pay: 'PAY' });
    expect(offered(['trip_id'], ['trip_ids', 'trip_idx'])).toEqual({});
    expect(offered(['pickup_at'], [])).toEqual({});
  });
});
