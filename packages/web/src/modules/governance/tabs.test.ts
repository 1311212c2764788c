import { describe, expect, it } from 'vitest';
import { pickGovernanceTab } from './tabs';

describe('the governance tab a path opens', () => {
  it('opens the sandbox for city and district officers', () => {
    for (const role of ['city_admin', 'district_officer'] as const)
      expect(pickGovernanceTab('sandbox', role)).toEqual({
        visible: ['evaluation', 'inference', 'sandbox', 'scorecards'],
        active: 'sandbox',
        refused: null,
      });
  });

  it('tells a platform representative the sandbox is not theirs instead of switching silently', () => {
    expect(pickGovernanceTab('sandbox', 'platform_rep')).toEqual({
      visible: ['evaluation', 'inference', 'scorecards'],
      active: 'evaluation',
      refused: 'sandbox',
    });
  });

  it('opens the before/after for an empty or unknown segment without a refusal', () => {
    expect(pickGovernanceTab('', 'platform_rep')).toMatchObject({ active: 'evaluation', refused: null });
    expect(pickGovernanceTab('nowhere', 'city_admin')).toMatchObject({ active: 'evaluation', refused: null });
    expect(pickGovernanceTab('scorecards', 'platform_rep')).toMatchObject({
      active: 'scorecards',
      refused: null,
    });
  });
});
