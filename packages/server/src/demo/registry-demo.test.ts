import { describe, expect, it } from 'vitest';
import { generateRegistryDemo } from './registry-demo';

describe('demo registry', () => {
  const demo = generateRegistryDemo('2026-11-28');

  it('has the figures of the order the 2026 reply reports', () => {
    const federations = demo.organisations.filter((o) =>
      ['city_federation', 'district_federation', 'street_federation'].includes(o.kind),
    );
    expect(federations).toHaveLength(251);
    expect(demo.organisations.filter((o) => o.kind === 'platform_union')).toHaveLength(25);
    expect(demo.enterprises.length).toBeGreaterThan(1200);
    expect(demo.enterprises.length).toBeLessThan(2000);
    expect(demo.memberships.length).toBeGreaterThan(30_000);
  });

  it('is consistent: founded unions have dates, members join before they leave and not in the future', () => {
    for (const e of demo.enterprises) expect(e.unionStatus === 'founded').toBe(e.unionFoundedOn !== null);
    for (const m of demo.memberships) {
      expect(m.joinedOn <= '2026-11-28').toBe(true);
      if (m.leftOn) expect(m.leftOn >= m.joinedOn).toBe(true);
    }
    const keys = new Set(demo.organisations.map((o) => o.key));
    for (const m of demo.memberships) expect(keys.has(m.organisationKey)).toBe(true);
    expect(new Set(demo.enterprises.map((e) => e.creditCode)).size).toBe(demo.enterprises.length);
  });

  it('is the same for the same seed', () => {
    expect(generateRegistryDemo('2026-11-28').enterprises.slice(0, 5)).toEqual(demo.enterprises.slice(0, 5));
  });
});
