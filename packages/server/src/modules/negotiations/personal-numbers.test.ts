import { describe, expect, it } from 'vitest';
import { personalNumberIssues } from './personal-numbers';

describe('personalNumberIssues', () => {
  it('refuses phone and ID numbers, naming the field in both languages', () => {
    const issues = personalNumberIssues([
      [['participants', 0, 'name'], '张三 13812345678'],
      [['minutes'], '身份证 31011819900101123X 已核对'],
      [['place'], '徐泾镇骑手驿站'],
    ]);
    expect(issues).toEqual([
      {
        path: ['participants', 0, 'name'],
        zh: 'participants.0.name：请勿填写手机号码',
        en: 'participants.0.name: do not enter phone numbers',
      },
      { path: ['minutes'], zh: 'minutes：请勿填写身份证号码', en: 'minutes: do not enter ID numbers' },
    ]);
  });

  it('lets dates, amounts and longer digit runs through', () => {
    expect(
      personalNumberIssues([
        [['minutes'], '2025-09-01 起单价 4.5 元，投诉 128 件'],
        [['minutes'], '订单号 202509011234567890123'],
      ]),
    ).toEqual([]);
  });
});
