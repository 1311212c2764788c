import { describe, expect, it } from 'vitest';
import { awaitsInForce, seesInForceHint } from './effective-date';

describe('a signed agreement past its effective date', () => {
  const today = '2026-03-10';

  it('waits to be marked in force from its effective day on', () => {
    expect(awaitsInForce({ status: 'signed', effectiveFrom: '2025-09-01' }, today)).toBe(true);
    expect(awaitsInForce({ status: 'signed', effectiveFrom: '2026-03-10' }, today)).toBe(true);
  });

  it('does not before its effective day, nor in any other status', () => {
    expect(awaitsInForce({ status: 'signed', effectiveFrom: '2026-03-11' }, today)).toBe(false);
    expect(awaitsInForce({ status: 'in_force', effectiveFrom: '2025-09-01' }, today)).toBe(false);
    expect(awaitsInForce({ status: 'negotiating', effectiveFrom: '2025-09-01' }, today)).toBe(false);
    expect(awaitsInForce({ status: 'signed', effectiveFrom: null }, today)).toBe(false);
  });

  it('is pointed out to the union’s officers, not to platforms or workers', () => {
    expect(seesInForceHint('city_admin')).toBe(true);
    expect(seesInForceHint('district_officer')).toBe(true);
    expect(seesInForceHint('platform_rep')).toBe(false);
    expect(seesInForceHint('worker')).toBe(false);
    expect(seesInForceHint(undefined)).toBe(false);
  });
});
