import { describe, expect, it } from 'vitest';
import { nulCharacterIssues } from './nul-bytes';

describe('NUL characters in a request part', () => {
  it('names every string that holds one by its path, keys included, in both languages', () => {
    const issues = nulCharacterIssues(
      {
        name: 'a\u0000',
        list: ['ok', 'b\u0000'],
        nested: { 'k\u0000': 'fine', deep: { v: '\u0000' } },
        n: 3,
      },
      'body',
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['body', 'name'],
      ['body', 'list', 1],
      ['body', 'nested', 'k\\u0000'],
      ['body', 'nested', 'deep', 'v'],
    ]);
    expect(issues[1]).toEqual({
      path: ['body', 'list', 1],
      zh: 'list.1：不能包含空字符（U+0000）',
      en: 'list.1: must not contain the NUL character (U+0000)',
    });
  });

  it('looks into objects without a prototype, as fastify parses queries and parameters', () => {
    function Bare() {}
    Bare.prototype = Object.create(null) as object;
    const query = Object.assign(new (Bare as unknown as new () => object)(), { q: '\u0000abc' });
    expect(nulCharacterIssues(query, 'querystring').map((i) => i.path)).toEqual([['querystring', 'q']]);
    const params = Object.assign(Object.create(null) as object, { id: '\u0000' });
    expect(nulCharacterIssues(params, 'params').map((i) => i.path)).toEqual([['params', 'id']]);
  });

  it('finds nothing in clean input, numbers, null, buffers or absent parts', () => {
    expect(nulCharacterIssues({ a: 'x', b: [1, null, true], c: { d: 'y' } }, 'body')).toEqual([]);
    expect(nulCharacterIssues(undefined, 'querystring')).toEqual([]);
    expect(nulCharacterIssues(Buffer.from([0, 0]), 'body')).toEqual([]);
  });

  it('names the part itself when it is a string', () => {
    expect(nulCharacterIssues('a\u0000', 'body')).toEqual([
      {
        path: ['body'],
        zh: 'body：不能包含空字符（U+0000）',
        en: 'body: must not contain the NUL character (U+0000)',
      },
    ]);
  });

  it('stops after a bounded number of issues and depth', () => {
    expect(
      nulCharacterIssues(
        Array.from({ length: 100 }, () => '\u0000'),
        'body',
      ),
    ).toHaveLength(20);
    let deep: unknown = '\u0000';
    for (let i = 0; i < 500; i++) deep = [deep];
    expect(nulCharacterIssues(deep, 'body').length).toBeLessThanOrEqual(1);
  });
});
