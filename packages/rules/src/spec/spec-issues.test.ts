import { describe, expect, it } from 'vitest';
import { readRuleSpec } from './spec-issues';

/** The problems of a check; none when it reads as a rule. */
const specProblems = (input: unknown) => {
  const read = readRuleSpec(input);
  return 'problems' in read ? read.problems : [];
};

const check = {
  id: 'demo.c1',
  dataset: 'ride_trips',
  shape: 'group',
  group: { by: ['worker', 'week'], measures: { rides: 'count()' }, checked_when: 'rides > 5' },
  violation: 'rides > 25',
};

describe('the problems of a custom check, in both languages', () => {
  it('finds none in a sound check', () => {
    expect(specProblems(check)).toEqual([]);
  });

  it('names an unknown field at its own path with the field it is spelt like, never dropping it', () => {
    const { checked_when, ...group } = check.group;
    const problems = specProblems({
      ...check,
      amout: 'rides',
      group: { ...group, checkd_when: checked_when },
    });
    expect(problems.sort((a, b) => a.path.length - b.path.length)).toEqual([
      {
        zh: '未知字段 amout，是否指 amount？',
        en: 'unknown field amout — did you mean amount?',
        path: ['amout'],
      },
      {
        zh: '未知字段 checkd_when，是否指 checked_when？',
        en: 'unknown field checkd_when — did you mean checked_when?',
        path: ['group', 'checkd_when'],
      },
    ]);
  });

  it('lists the fields taken where an unknown one is spelt like none of them', () => {
    const [problem] = specProblems({
      ...check,
      params: { cap: { type: 'int', zh: '上限', en: 'cap', note: 'x' } },
    });
    expect(problem!.path).toEqual(['params', 'cap', 'note']);
    expect(problem!.en).toMatch(
      /^unknown field note \(the fields here: type, default, earlier_defaults, minimum, /,
    );
    expect(problem!.zh).toMatch(/^未知字段 note（可用字段：type、default、/);
  });

  it('says a missing field, a wrong type, a value not allowed and an empty one in words', () => {
    const problems = specProblems({
      ...check,
      violation: '',
      group: { ...check.group, complete_weeks: 'yes' },
      params: { cap: { type: 'int' } },
    });
    expect(problems.map((p) => [p.path.join('.'), p.zh, p.en])).toEqual([
      [
        'params.cap.zh',
        expect.stringMatching(/^缺少必填字段 zh（参数的中文名称/),
        expect.stringMatching(/^missing required field zh \(the parameter's name in Chinese/),
      ],
      [
        'params.cap.en',
        expect.stringMatching(/^缺少必填字段 en/),
        expect.stringMatching(/^missing required field en/),
      ],
      ['group.complete_weeks', 'complete_weeks 应为true 或 false', 'complete_weeks must be true or false'],
      ['violation', 'violation 不能为空', 'violation must not be empty'],
    ]);
    expect(specProblems({ ...check, shape: 'blocks' })).toEqual([
      { zh: '分块规则（shape: blocks）需要 blocks', en: 'block rules need `blocks`', path: ['blocks'] },
    ]);
    expect(specProblems({ ...check, shape: 'line' })[0]).toMatchObject({
      zh: '取值应为：row, group, blocks',
      en: 'must be one of: row, group, blocks',
      path: ['shape'],
    });
  });
});
