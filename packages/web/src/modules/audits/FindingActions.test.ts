import { describe, expect, it } from 'vitest';
import { actionsFor } from './FindingActions';

describe('finding actions offered', () => {
  it('offers officers confirm and dismiss on a new finding, the platform only its dispute', () => {
    expect(actionsFor('city_admin', { state: 'new' })).toEqual(['confirm', 'dismiss']);
    expect(actionsFor('district_officer', { state: 'disputed' })).toEqual(['confirm', 'rectify', 'dismiss']);
    expect(actionsFor('platform_rep', { state: 'confirmed' })).toEqual(['dispute']);
    expect(actionsFor('platform_rep', { state: 'rectified' })).toEqual([]);
    expect(actionsFor('worker', { state: 'new' })).toEqual([]);
  });

  it('lets officers reopen a closed finding and the platform reply again to its dispute', () => {
    expect(actionsFor('district_officer', { state: 'dismissed' })).toEqual(['reopen']);
    expect(actionsFor('city_admin', { state: 'rectified' })).toEqual(['reopen']);
    expect(actionsFor('platform_rep', { state: 'dismissed' })).toEqual([]);
    expect(actionsFor('platform_rep', { state: 'disputed' })).toEqual(['dispute']);
  });
});
