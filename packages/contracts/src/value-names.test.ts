import { describe, expect, it } from 'vitest';
import { canonicalDatasets } from './canonical';
import { cellText, enumValueNames } from './value-names';

describe('cellText', () => {
  it('names every value of every enum column in both languages', () => {
    for (const dataset of Object.values(canonicalDatasets))
      for (const column of dataset.columns.filter((c) => c.type === 'enum'))
        for (const value of column.values ?? []) {
          const name = enumValueNames[column.name]?.[value];
          expect(name?.zh, `${dataset.kind}.${column.name}=${value}`).toBeTruthy();
          expect(name?.en, `${dataset.kind}.${column.name}=${value}`).toBeTruthy();
        }
  });

  it('reads enum values, yes/no and amounts in words, and leaves other values as stored', () => {
    expect(cellText('delivery_orders', 'rider_type', 'crowd', 'zh')).toBe('众包');
    expect(cellText('delivery_orders', 'penalty_reason', 'bad_review', 'en')).toBe('bad review');
    expect(cellText('delivery_orders', 'fee_shown_before_accept', 'true', 'zh')).toBe('是');
    expect(cellText('delivery_orders', 'pay', '24.2000', 'zh')).toBe('24.2');
    expect(cellText('delivery_orders', 'pay', '24.0000', 'zh')).toBe('24');
    expect(cellText('delivery_orders', 'pay', '240', 'zh')).toBe('240');
    expect(cellText('delivery_orders', 'order_id', 'D37-17-0-5', 'en')).toBe('D37-17-0-5');
    expect(cellText('delivery_orders', 'status', 'lost', 'zh')).toBe('lost');
    expect(cellText('workers', 'kind', 'courier', 'zh')).toBe('快递员');
  });
});
