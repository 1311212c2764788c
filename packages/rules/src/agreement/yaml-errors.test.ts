import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { inspectAgreement } from './load';
import { yamlErrorInChinese } from './yaml-errors';

const header = 'id: x\nindustry: food_delivery\neffective_from: 2025-01-01\n';

/** The YAML syntax error of an agreement file, as `inspectAgreement` says it. */
function syntaxErrorOf(text: string) {
  const { problems } = inspectAgreement(text, 'x.yaml');
  expect(problems, text).toHaveLength(1);
  return problems[0]!;
}

describe('a YAML syntax error in an agreement file', () => {
  it('is said in Chinese first and then in English as the parser says it, at its line and column', () => {
    const e = syntaxErrorOf(`${header}clauses:\n  - id: c1\n    title: a: b\n`);
    expect(e.location).toMatchObject({ file: 'x.yaml', line: 6, column: 12 });
    expect(e.zh).toBe(
      'YAML 语法错误：同一行的“键: 值”中不能再嵌套“键: 值”：请换行并缩进书写，或把值写在引号中',
    );
    expect(e.en).toBe('YAML syntax error: Nested mappings are not allowed in compact mappings');
  });

  it('has Chinese for every kind of error the parser gives, never its English words', () => {
    const broken = [
      'title: "unclosed',
      "title: 'unclosed",
      'title: [a, b',
      'clauses:\n  - a\n - b',
      'id: y',
      'title:\tt\n\tx: 1',
      'title: "\\q"',
      'title: *nowhere',
      'parties: {a: 1,, b: 2}',
      'title: @x',
      'x: 1\n---\ny: 2',
      'title: |x\n  b',
      'scope:\n  districts: []\n platform: e',
      'title t\nsigned_on: 1',
      'parties: {a: 1 b: 2}',
      'title: &a &b t',
    ];
    for (const body of broken) {
      const e = syntaxErrorOf(`${header}${body}\n`);
      const zh = e.zh.replace(/^YAML 语法错误：/, '');
      expect(zh, body).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, body).not.toMatch(/\b(?:must|not|allowed|Missing|Unexpected|Invalid|Implicit|flow|map)\b/i);
      expect(e.en, body).toMatch(/^YAML syntax error: [A-Z]/);
    }
  });

  it('quotes what the parser names: the escape, the character, the alias', () => {
    expect(yamlErrorInChinese({ code: 'BAD_DQ_ESCAPE', message: 'Invalid escape sequence \\q' })).toContain(
      '转义序列 \\q 无效',
    );
    expect(syntaxErrorOf(`${header}title: *nowhere\n`).zh).toContain('别名 *nowhere 没有对应的锚点 &nowhere');
    expect(syntaxErrorOf(`${header}title: @x\n`).zh).toContain('不能以 @ 开头');
  });

  it('falls back on what the code means, and on general words without a code', () => {
    const [error] = parseDocument('a: 1\na: 2\n', { prettyErrors: false }).errors;
    expect(yamlErrorInChinese({ code: error!.code, message: 'a message not seen before' })).toBe(
      '同一映射中的键重复：每个键只能出现一次',
    );
    expect(yamlErrorInChinese({ message: 'something else' })).toBe('文件不是有效的 YAML');
  });
});
