import { describe, expect, it } from 'vitest';
import { campaignRequest, checkedShare, checklistItems } from './campaign-form';

describe('the campaign form', () => {
  it('reads a checklist one item a line, dropping numbering, blanks and repeats', () => {
    expect(
      checklistItems('1. 是否签订劳动合同\n\n- 派费是否直达\n2、是否签订劳动合同\n  是否缴纳社保  '),
    ).toEqual(['是否签订劳动合同', '派费是否直达', '是否缴纳社保']);
    expect(checklistItems(undefined)).toEqual([]);
  });

  it("keeps a district officer's campaign in their district and defaults to franchisees", () => {
    const body = campaignRequest(
      { title: ' 快递加盟商排查 ', district: '310101', checklist: '派费直达', startedOn: '2026-03-02' },
      '310118',
    );
    expect(body).toMatchObject({
      title: '快递加盟商排查',
      district: '310118',
      enterpriseKinds: ['franchisee'],
      checklist: ['派费直达'],
      industry: null,
    });
    expect(campaignRequest({ startedOn: '2026-03-02', district: '310101' }, undefined).district).toBe(
      '310101',
    );
  });

  it('gives the checked share as a whole percentage, zero when there are no targets', () => {
    expect(checkedShare({ targets: 3, checked: 1 })).toBe(33);
    expect(checkedShare({ targets: 0, checked: 0 })).toBe(0);
  });
});
