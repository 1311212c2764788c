import { describe, expect, it } from 'vitest';
import { defaultRecipient, letterRequest, statutoryWorkingDays } from './letter-form';

describe('the letter form', () => {
  it('sends the chosen period only for a reminder; the law sets the others', () => {
    const base = { recipient: ' 某加盟商 ', facts: ' 拖欠派费 ', requests: '支付', responseWorkingDays: 7 };
    expect(letterRequest({ ...base, kind: 'reminder' })).toEqual({
      kind: 'reminder',
      recipient: '某加盟商',
      facts: '拖欠派费',
      requests: '支付',
      responseWorkingDays: 7,
    });
    expect(letterRequest({ ...base, kind: 'opinion' }).responseWorkingDays).toBeNull();
    expect(letterRequest({ kind: 'reminder' }).responseWorkingDays).toBeNull();
    expect(statutoryWorkingDays.opinion).toBe(15);
  });

  it('addresses the employer named among the parties', () => {
    expect(
      defaultRecipient([
        { kind: 'worker', name: '周*' },
        { kind: 'franchisee', name: '中通快递青浦加盟商' },
      ]),
    ).toBe('中通快递青浦加盟商');
    expect(defaultRecipient([{ kind: 'worker', name: '周*' }])).toBeUndefined();
  });
});
