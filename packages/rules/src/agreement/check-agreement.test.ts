import { describe, expect, it } from 'vitest';
import { RuleErrors, type RuleError } from '../errors';
import { planAgreement } from '../compile/compile-agreement';
import { checkAgreement } from './check-agreement';
import { readAgreement } from './load';
import { errorOf } from '../testing/error-of';
import { shippedFiles, shippedText } from '../testing/express-brand';

const header = `id: demo
title: 示例协议
industry: food_delivery
effective_from: 2025-05-01
clauses:
`;

/** A clause in the block style shipped agreements use; `body` is its lines after `text:`. */
const clause = (id: string, body: string) => `  - id: ${id}
    title: 条款 ${id}
    text: 条款 ${id}
${body
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
`;

const where = (e: RuleError) => ({
  line: e.location.line,
  path: e.location.path,
  clause: e.location.clause,
});

describe('checkAgreement: every problem of a file in one run', () => {
  it('finds every structural problem and still checks each sound clause, one clause’s problem hiding no other’s', () => {
    const text = `id: demo
title: 示例协议
industry: food
effective_from: 2025-05-01
effective_to: 2025-13-01
scope: { districts: [青浦区, 浦东新] }
clauses:
${clause('speed', 'rule: fd.eta_speed_floor\nparams: { max_speed_kmh: 0, handover_minutes: 2000 }')}${clause('typo', 'rul: fd.min_hourly_pay')}${clause('custom', `check:\n  dataset: delivery_orders\n  shape: row\n  filter: 'status == "lat"'\n  violation: 'penalty > "x"'`)}${clause('unknown', 'rule: fd.no_such_rule')}`;
    const { problems, agreement } = checkAgreement(text, 'demo.yaml');
    expect(agreement).toBeUndefined();
    expect(problems.map((p) => [where(p), p.en])).toEqual([
      [
        { line: 3, path: ['industry'], clause: undefined },
        expect.stringMatching(/^must be one of: food_delivery/),
      ],
      [
        { line: 5, path: ['effective_to'], clause: undefined },
        expect.stringContaining('the month must be 01 to 12'),
      ],
      [
        { line: 6, path: ['scope', 'districts', 1], clause: undefined },
        expect.stringMatching(/^"浦东新" is not a district of Shanghai/),
      ],
      // An unknown field is said at its own line.
      [{ line: 16, path: ['clauses', 1, 'rul'], clause: undefined }, 'unknown field rul'],
      // The structure's problems first, then clause by clause: the sound clauses are all checked.
      [
        { line: 12, path: ['clauses', 0, 'params', 'max_speed_kmh'], clause: 'speed' },
        'parameter max_speed_kmh is outside its allowed range (0, 120]: it must be greater than 0 and at most 120, got 0',
      ],
      [
        { line: 12, path: ['clauses', 0, 'params', 'handover_minutes'], clause: 'speed' },
        expect.stringMatching(/^parameter handover_minutes is outside its allowed range \[0, 1440\]/),
      ],
      [
        { line: 23, path: ['clauses', 2, 'check', 'filter'], clause: 'custom' },
        expect.stringMatching(/^"lat" is not a value of status/),
      ],
      [
        { line: 24, path: ['clauses', 2, 'check', 'violation'], clause: 'custom' },
        'cannot compare decimal with string',
      ],
      [
        { line: 25, path: ['clauses', 3], clause: 'unknown' },
        expect.stringMatching(/^no library rule fd\.no_such_rule/),
      ],
    ]);
    // Each names its file, line and column, in both languages.
    for (const p of problems) {
      expect(p.location.file).toBe('demo.yaml');
      expect(p.location.column).toBeGreaterThan(0);
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('finds every problem of one clause: each parameter and each dated entry', () => {
    const text =
      header +
      clause(
        'pay',
        'rule: fd.min_hourly_pay\nparams:\n  min_hourly: [{ from: 2025-05-01, value: -1 }, { from: 2025-07-01, value: abc }]\n  nope: 3\n  min_working_minutes: 2000',
      );
    const { problems } = checkAgreement(text, 'demo.yaml');
    expect(problems.map((p) => [p.location.path, p.location.clause])).toEqual([
      [['clauses', 0, 'params', 'nope'], 'pay'],
      [['clauses', 0, 'params', 'min_hourly', 0, 'value'], 'pay'],
      [['clauses', 0, 'params', 'min_hourly', 1, 'value'], 'pay'],
      [['clauses', 0, 'params', 'min_working_minutes'], 'pay'],
    ]);
    expect(problems.map((p) => p.location.line)).toEqual([12, 11, 11, 13]);
    // `planAgreement` throws them too: the first as the error, every one listed.
    const { agreement, locate } = readAgreement(text, 'demo.yaml');
    const thrown = errorOf(() => planAgreement(agreement, {}, locate));
    expect(thrown).toBeInstanceOf(RuleErrors);
    expect(thrown.en).toBe('rule fd.min_hourly_pay has no parameter nope');
    expect((thrown as RuleErrors).errors).toHaveLength(4);
    expect(thrown.message.split('\n')).toHaveLength(4);
  });

  it('checks each expression nothing else reads, and stops at a named value later ones may read', () => {
    const text =
      header +
      clause(
        'custom',
        `check:\n  dataset: delivery_orders\n  shape: row\n  filter: 'status == "lat"'\n  let:\n    wait: minutes_between(accepted_at, nowhere)\n  violation: wait > 15\n  amount: penalty + "x"`,
      );
    const { problems } = checkAgreement(text, 'demo.yaml');
    // The breach reads `wait`, which could not be typed: it is not refused for that as well.
    expect(problems.map((p) => p.location.field)).toEqual(['filter', 'let.wait']);
    expect(problems.map((p) => p.location.path)).toEqual([
      ['clauses', 0, 'check', 'filter'],
      ['clauses', 0, 'check', 'let', 'wait'],
    ]);
  });

  it('says a clause’s impossible date once, and still checks the rest of the clause', () => {
    const text = (
      header +
      clause(
        'share',
        'rule: ex.direct_fee_share\nparams: { min_share: [{ from: 2025-02-30, value: 0.3 }, { from: 2025-07-01, value: 1.5 }] }',
      )
    ).replace('industry: food_delivery', 'industry: express');
    const { problems } = checkAgreement(text, 'demo.yaml');
    expect(problems.map((p) => p.en)).toEqual([
      '2025-02-30 is not a calendar date: February 2025 has 28 days',
      expect.stringMatching(/^parameter min_share \(from 2025-07-01\) is outside its allowed range \[0, 1\]/),
    ]);
  });

  it('refuses a library rule of another industry at its clause’s line, still checking the rest of the clause', () => {
    const text =
      header +
      clause('pay', 'rule: fd.min_hourly_pay') +
      clause('cap', 'rule: rh.commission_cap\nparams: { cap: 2 }') +
      `  - { id: wages, title: 工资, text: 按时发放, rule: ex.wage_arrears }\n`;
    const { problems, agreement } = checkAgreement(text, 'demo.yaml');
    expect(agreement).toBeUndefined();
    expect(problems.map((p) => [where(p), p.en])).toEqual([
      [
        { line: 13, path: ['clauses', 1, 'rule'], clause: 'cap' },
        'rule rh.commission_cap is a ride_hailing rule; this agreement is food_delivery',
      ],
      [
        { line: 15, path: ['clauses', 2, 'rule'], clause: 'wages' },
        'rule ex.wage_arrears is an express rule; this agreement is food_delivery',
      ],
      // The clause's other problems are still found.
      [
        { line: 14, path: ['clauses', 1, 'params', 'cap'], clause: 'cap' },
        expect.stringMatching(/^parameter cap is outside its allowed range \[0, 1\]/),
      ],
    ]);
    expect(problems[0]!.zh).toBe(
      '规则 rh.commission_cap 属于网约车（ride_hailing）行业；本协议的行业是网约配送（food_delivery）',
    );
    expect(problems[0]!.message).toMatch(/^demo\.yaml:13:\d+ · clauses\.1\.rule · clause cap: /);
    // Loading refuses it too, so that no audit calls the clause not applicable for want of another industry's data.
    const loaded = errorOf(() => readAgreement(text, 'demo.yaml'));
    expect(where(loaded)).toEqual({ line: 13, path: ['clauses', 1, 'rule'], clause: 'cap' });
    expect(loaded.message).toContain(
      '规则 rh.commission_cap 属于网约车（ride_hailing）行业；本协议的行业是网约配送（food_delivery） / rule rh.commission_cap is a ride_hailing rule; this agreement is food_delivery',
    );
    // The same clause in a ride-hailing agreement is sound.
    const rides = (header + clause('cap', 'rule: rh.commission_cap')).replace(
      'industry: food_delivery',
      'industry: ride_hailing',
    );
    expect(checkAgreement(rides, 'demo.yaml').problems).toEqual([]);
  });

  it('checks the clauses without an agreement field that is wrong, instead of reporting what follows from it', () => {
    // The effective date is impossible: the dated parameter is not also refused for starting after it.
    const text = (
      header +
      clause('pay', 'rule: fd.min_hourly_pay\nparams: { min_hourly: [{ from: 2025-07-01, value: 25 }] }')
    ).replace('effective_from: 2025-05-01', 'effective_from: 2025-04-31');
    expect(checkAgreement(text, 'demo.yaml').problems.map((p) => p.en)).toEqual([
      '2025-04-31 is not a calendar date: April 2025 has 30 days',
    ]);
  });

  it('keeps readAgreement’s first error as it was, listing the others after it', () => {
    const text = (header + clause('a', 'rule: fd.min_hourly_pay'))
      .replace('industry: food_delivery', 'industry: food')
      .replace('    title: 条款 a\n', '    titel: 条款 a\n');
    const e = errorOf(() => readAgreement(text, 'x.yaml'));
    // The deepest problem comes first, as before.
    expect(where(e)).toEqual({ line: 6, path: ['clauses', 0], clause: undefined });
    expect(e).toBeInstanceOf(RuleErrors);
    expect((e as RuleErrors).errors.map((x) => x.en)).toEqual([
      'missing required field title',
      expect.stringMatching(/^must be one of/),
      'unknown field titel',
    ]);
  });

  it('stops at a YAML syntax error: nothing else can be read', () => {
    const { problems, agreement, read } = checkAgreement(
      'id: x\ntitle: [unclosed\nindustry: food\n',
      'broken.yaml',
    );
    expect([agreement, read]).toEqual([undefined, undefined]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toMatch(/^YAML syntax error: /);
    expect(problems[0]!.en).not.toContain('quotes');
  });

  it('finds nothing in the shipped agreements', () => {
    expect(shippedFiles.length).toBeGreaterThanOrEqual(6);
    for (const file of shippedFiles) {
      const checked = checkAgreement(shippedText(file), file);
      expect(checked.problems, file).toEqual([]);
      expect(
        checked.clauses!.every((c) => c !== undefined),
        file,
      ).toBe(true);
    }
  });
});

describe('an expression written without quotes', () => {
  const custom = (lines: string) =>
    header + clause('c1', `check:\n  dataset: delivery_orders\n  shape: row\n${lines}`);

  it('says to quote an expression YAML cannot read, keeping the place of the error', () => {
    const cases: [string, number, number, string][] = [
      ['  violation: merchant_wait > 15 ? 1 : 0', 12, 18, 'violation: "merchant_wait > 15 ? 1 : 0"'],
      ['  violation: [penalty, pay] in x', 12, 33, 'violation: "[penalty, pay] in x"'],
      ['  violation: *a > 1', 12, 21, 'violation: "*a > 1"'],
      ['  violation: *a', 12, 18, 'violation: "*a"'],
      ['  violation: "a" == status', 12, 22, `violation: '"a" == status'`],
      ['  let:\n    late: a ? b : c\n  violation: late', 13, 15, 'late: "a ? b : c"'],
    ];
    for (const [lines, line, column, example] of cases) {
      const { problems } = checkAgreement(custom(lines), 'x.yaml');
      expect(problems, lines).toHaveLength(1);
      const [e] = problems;
      expect(e!.location, lines).toMatchObject({ file: 'x.yaml', line, column });
      expect(e!.en, lines).toMatch(/^YAML syntax error: .+ — write the expression in quotes, e\.g\. /);
      expect(e!.en, lines).toContain(`e.g. ${example} (YAML reads`);
      expect(e!.zh, lines).toMatch(/^YAML 语法错误：.+请把表达式写在引号中，例如 /);
      expect(e!.zh, lines).toContain(`例如 ${example}`);
    }
  });

  it('says so for a `check:` written as the expression itself, and in a flow mapping', () => {
    const inline = checkAgreement(header + clause('c1', 'check: merchant_wait > 15 ? 1 : 0'), 'x.yaml');
    expect(inline.problems[0]!.location).toMatchObject({ line: 9, column: 12 });
    expect(inline.problems[0]!.en).toContain(
      'e.g. check: { dataset: …, shape: row, violation: "merchant_wait > 15 ? 1 : 0" }',
    );
    const flow = checkAgreement(
      header + clause('c1', 'check: { dataset: delivery_orders, shape: row, violation: a > 1: b }'),
      'x.yaml',
    );
    expect(flow.problems[0]!.en).toContain('e.g. violation: "a > 1: b"');
  });

  it('gives no such hint for a YAML error elsewhere', () => {
    for (const body of [
      'rule: fd.min_hourly_pay: x',
      'rule: fd.min_hourly_pay\nparams: { min_hourly: [25 }',
    ]) {
      const { problems } = checkAgreement(header + clause('c1', body), 'x.yaml');
      expect(problems[0]!.en, body).toMatch(/^YAML syntax error: /);
      expect(problems[0]!.en, body).not.toContain('quotes');
    }
  });

  it('reads an expression YAML took for a number or a boolean as the text written there', () => {
    const blocks = (gap: string, filter: string, amount: string) =>
      header +
      clause(
        'c1',
        `check:\n  dataset: delivery_orders\n  shape: blocks\n  filter: ${filter}\n` +
          `  blocks: { start: accepted_at, end: delivered_at, gap_minutes: ${gap} }\n` +
          `  violation: elapsed_minutes >= 240\n  amount: ${amount}`,
      );
    const unquoted = blocks('20', 'true', '0.50');
    expect(checkAgreement(unquoted, 'x.yaml').problems).toEqual([]);
    const { agreement, locate } = readAgreement(unquoted, 'x.yaml');
    expect(agreement.clauses[0]!.check).toMatchObject({
      filter: 'true',
      blocks: { gap_minutes: '20' },
      amount: '0.50',
    });
    expect(agreement).toEqual(readAgreement(blocks('"20"', '"true"', '"0.50"'), 'x.yaml').agreement);
    expect(planAgreement(agreement, {}, locate)[0]!.status).toBe('applicable');
    // A value that is no expression is still refused, where it is written.
    const problems = checkAgreement(blocks('20', 'true', 'yes please'), 'x.yaml').problems;
    expect(problems.map((p) => p.location.path)).toEqual([['clauses', 0, 'check', 'amount']]);
  });

  it('refuses a misspelt field of a custom check at its line, naming the field it is spelt like', () => {
    const { problems } = checkAgreement(custom('  violation: penalty > 0\n  amout: penalty'), 'x.yaml');
    expect(problems.map((p) => [p.location.line, p.location.path, p.zh, p.en])).toEqual([
      [
        13,
        ['clauses', 0, 'check', 'amout'],
        '自定义规则不正确：未知字段 amout，是否指 amount？',
        'custom check is not valid: unknown field amout — did you mean amount?',
      ],
    ]);
  });

  it('refuses an expression YAML read as a mapping, a tag or an anchor, saying to quote it', () => {
    const mapping = checkAgreement(custom('  violation: {penalty > 15}'), 'x.yaml').problems;
    expect(mapping.map((p) => [p.location.path, p.en])).toEqual([
      [
        ['clauses', 0, 'check', 'violation'],
        'must be of type string, number or boolean — write the expression in quotes, e.g. violation: "{penalty > 15}" (YAML reads ": ", " #" and a leading {, [, *, &, ! or ? itself)',
      ],
    ]);
    const tag = checkAgreement(custom('  violation: !has(picked_up_at) && penalty > 1'), 'x.yaml').problems;
    expect(tag).toHaveLength(1);
    expect(tag[0]!.location).toMatchObject({
      line: 12,
      column: 18,
      path: ['clauses', 0, 'check', 'violation'],
    });
    expect(tag[0]!.en).toMatch(
      /^the expression starts with !, which YAML reads as a tag \(!has\(picked_up_at\)\), not as part of the expression, leaving "penalty > 1" — write the expression in quotes, e\.g\. violation: "!has\(picked_up_at\) && penalty > 1"/,
    );
    expect(tag[0]!.zh).toMatch(/^表达式以 ! 开头：YAML 把 !has\(picked_up_at\) 读作标签/);
    const anchor = checkAgreement(custom('  violation: &a penalty > 1'), 'x.yaml').problems;
    expect(anchor[0]!.en).toMatch(/^the expression starts with &, which YAML reads as an anchor \(&a\)/);
    // Quoted, each is read as written.
    expect(
      checkAgreement(custom(`  violation: '!has(picked_up_at) && penalty > 1'`), 'x.yaml').problems,
    ).toEqual([]);
  });
});
