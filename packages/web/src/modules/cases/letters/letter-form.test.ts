import { describe, expect, it } from 'vitest';
import { defaultRecipient, labourAuthority, letterRequest, statutoryWorkingDays } from './letter-form';

const qingpu = { level: 'district', code: '310118' } as const;
const parties = [
  { kind: 'worker', name: '周*' },
  { kind: 'franchisee', name: '中通快递青浦加盟商' },
];

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
    expect(defaultRecipient('opinion', parties, qingpu)).toBe('中通快递青浦加盟商');
    expect(defaultRecipient('reminder', [{ kind: 'worker', name: '周*' }], qingpu)).toBeUndefined();
  });

  it('addresses a recommendation to the labour authority at the issuing union level, not the employer', () => {
    expect(defaultRecipient('recommendation', parties, qingpu)).toBe('青浦区人力资源和社会保障局');
    expect(defaultRecipient('recommendation', parties, { level: 'city', code: '310000' })).toBe(
      '上海市人力资源和社会保障局',
    );
    expect(labourAuthority({ level: 'street', code: '310118106' })).toBe('青浦区人力资源和社会保障局');
  });
});
