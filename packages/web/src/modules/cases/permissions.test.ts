import { describe, expect, it } from 'vitest';
import { caseAbilities, casesTabs, mayRefer, transitionButtons } from './permissions';

describe('what the case page offers', () => {
  it('lets a street officer handle and write reminders and opinions, never a recommendation or a referral', () => {
    const street = caseAbilities('street_officer');
    expect(street.letterKinds).toEqual(['reminder', 'opinion']);
    expect(mayRefer(['supervision', 'referral', 'resolution'], street)).toBe(false);
    expect(transitionButtons(['supervision', 'referral', 'resolution'], street)).toEqual([
      'supervision',
      'resolution',
    ]);
  });

  it('lets a district officer refer and issue all three letters', () => {
    const district = caseAbilities('district_officer');
    expect(district.letterKinds).toEqual(['reminder', 'opinion', 'recommendation']);
    expect(mayRefer(['referral'], district)).toBe(true);
    expect(mayRefer(['closed'], district)).toBe(false);
  });

  it('gives a procurator outcomes and attachments but no workflow steps', () => {
    const procurator = caseAbilities('procurator');
    expect(procurator.recordOutcome).toBe(true);
    expect(procurator.attach).toBe(true);
    expect(transitionButtons(['resolution'], procurator)).toEqual([]);
    expect(casesTabs('procurator')).toEqual(['list', 'letters']);
  });

  it('gives a mediator the list only and nothing to change', () => {
    const mediator = caseAbilities('mediator');
    expect(mediator).toEqual({
      handle: false,
      refer: false,
      letterKinds: [],
      recordOutcome: false,
      attach: false,
    });
    expect(casesTabs('mediator')).toEqual(['list']);
  });
});
