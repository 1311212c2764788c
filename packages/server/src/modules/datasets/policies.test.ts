import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { platformOfRepresentative } from './platform-of-actor';
import { datasetPolicies } from './policies';

const actor = (role: Role, username = role === 'platform_rep' ? 'eleme' : 'someone') =>
  actorFor(role, { username });

const elemeOrders = { kind: 'delivery_orders' as const, platform: 'eleme', platforms: ['eleme'] };
const meituanOrders = { kind: 'delivery_orders' as const, platform: 'meituan', platforms: ['meituan'] };
const mixedOrders = { kind: 'delivery_orders' as const, platform: null, platforms: ['eleme', 'meituan'] };
const alerts = { kind: 'weather_alerts' as const, platform: null, platforms: [] };

// role → [catalogue, upload for eleme, upload for meituan, upload alerts, view eleme, view meituan, view mixed, view alerts]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true, true, true],
  district_officer: [true, true, true, true, true, true, true, true],
  street_officer: [false, false, false, false, false, false, false, false],
  mediator: [false, false, false, false, false, false, false, false],
  procurator: [false, false, false, false, false, false, false, false],
  platform_rep: [true, true, false, false, true, false, false, true],
  worker: [false, false, false, false, false, false, false, false],
};

describe('dataset policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        datasetPolicies.viewCatalogue(a),
        datasetPolicies.upload(a, { kind: 'delivery_orders', platform: 'eleme' }),
        datasetPolicies.upload(a, { kind: 'delivery_orders', platform: 'meituan' }),
        datasetPolicies.upload(a, { kind: 'weather_alerts', platform: 'eleme' }),
        datasetPolicies.view(a, elemeOrders),
        datasetPolicies.view(a, meituanOrders),
        datasetPolicies.view(a, mixedOrders),
        datasetPolicies.view(a, alerts),
      ]).toEqual(matrix[role]);
    });
  }

  it('ties a representative to the platform named by their account', () => {
    expect(platformOfRepresentative(actor('platform_rep', 'eleme'))).toBe('eleme');
    expect(platformOfRepresentative(actor('platform_rep', 'meituan.zhang'))).toBe('meituan');
    expect(platformOfRepresentative(actor('platform_rep', '张三'))).toBeNull();
    expect(platformOfRepresentative(actor('city_admin', 'eleme'))).toBeNull();
    const second = actor('platform_rep', 'meituan.zhang');
    expect(datasetPolicies.upload(second, { kind: 'delivery_orders', platform: 'meituan' })).toBe(true);
    expect(datasetPolicies.view(second, elemeOrders)).toBe(false);
    const unknown = actor('platform_rep', '张三');
    expect(datasetPolicies.upload(unknown, { kind: 'delivery_orders', platform: null })).toBe(false);
  });
});
