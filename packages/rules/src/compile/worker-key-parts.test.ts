import { describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement/types';
import { findingKeyShapes } from './worker-key-parts';

describe('findingKeyShapes', () => {
  it('places the worker among a group clause’s keys, and leaves row and block clauses to their rows’ names', () => {
    const agreement = {
      id: 'shapes',
      industry: 'food_delivery',
      clauses: [
        { id: 'pay', rule: 'fd.min_hourly_pay' },
        { id: 'week', rule: 'fd.weekly_rest_day' },
        { id: 'eta', rule: 'fd.eta_speed_floor' },
        { id: 'rest', rule: 'fd.continuous_work_rest' },
        { id: 'avg', rule: 'rh.avg_commission_disclosed' },
        { id: 'text', title: 'a clause of text only' },
        {
          id: 'own',
          check: {
            dataset: 'delivery_orders',
            shape: 'group',
            group: { by: ['day', 'rider_id'], measures: { n: 'count()' } },
            violation: 'n > 40',
          },
        },
      ],
    } as unknown as Agreement;
    expect(findingKeyShapes(agreement)).toEqual({
      pay: { dataset: 'delivery_orders', workerParts: [1] },
      week: { dataset: 'delivery_orders', workerParts: [1] },
      eta: { dataset: 'delivery_orders', workerParts: null },
      rest: { dataset: 'delivery_orders', workerParts: null },
      avg: { dataset: 'ride_trips', workerParts: [] },
      own: { dataset: 'delivery_orders', workerParts: [2] },
    });
  });
});
