import { describe, expect, it } from 'vitest';
import { issueLines } from './issue-lines';

describe('reasons a scenario was refused', () => {
  it('name the clause and parameter, in the reader’s language', () => {
    const issues = [
      {
        path: ['params', 'c06', 'max_speed_kmh'],
        zh: '参数 max_speed_kmh 不能为 0：规则要用它作除数',
        en: 'parameter max_speed_kmh cannot be 0: the rule divides by it',
      },
      { path: ['params'], zh: '无效', en: 'invalid' },
    ];
    expect(issueLines(issues, 'en')).toEqual([
      'c06 · max_speed_kmh: parameter max_speed_kmh cannot be 0: the rule divides by it',
      'invalid',
    ]);
    expect(issueLines(issues, 'zh')[0]).toBe(
      'c06 · max_speed_kmh: 参数 max_speed_kmh 不能为 0：规则要用它作除数',
    );
  });
});
