import { describe, expect, it } from 'vitest';
import { modulesByRole } from '@gigpact/contracts';
import { homePath, navigableModules } from './module-pages';

describe('navigation from the modules the server lists', () => {
  it('keeps the product order, whatever order the server sends', () => {
    expect(navigableModules({ modules: ['admin', 'me', 'dashboard'] })).toEqual(['dashboard', 'me', 'admin']);
  });

  it('leaves out modules that have no page in this build', () => {
    expect(navigableModules({ modules: ['registry', 'reports', 'dashboard'] })).toEqual([
      'dashboard',
      'registry',
    ]);
  });

  it('sends a worker to their own page and an officer to the dashboard', () => {
    expect(homePath({ modules: [...modulesByRole.worker] })).toBe('/me');
    expect(homePath({ modules: [...modulesByRole.district_officer] })).toBe('/dashboard');
    expect(navigableModules({ modules: [...modulesByRole.city_admin] })).toEqual([
      'dashboard',
      'registry',
      'agreements',
      'data',
      'audits',
      'governance',
      'cases',
      'mediation',
      'admin',
    ]);
  });

  it('has nowhere to send a user without modules', () => {
    expect(homePath({ modules: [] })).toBe('/404');
  });
});
