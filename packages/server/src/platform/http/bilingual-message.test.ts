import * as contracts from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { bilingualMessage } from './bilingual-message';

const han = /[\u3400-\u9fff]/;

/** Every message a schema of the contracts gives its checks, walking each schema's parts. */
function schemaMessages(): Set<string> {
  const messages = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 40) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const zod = (value as { _zod?: { def?: Record<string, unknown> } })._zod;
    if (zod?.def) {
      visit(zod.def, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const error = record.error;
    if (typeof error === 'function') {
      try {
        const said: unknown = (error as () => unknown)();
        if (typeof said === 'string') messages.add(said);
      } catch {
        // A message made from the issue itself says nothing here.
      }
    } else if (typeof error === 'string') messages.add(error);
    for (const key of Object.keys(record)) visit(record[key], depth + 1);
  };
  for (const exported of Object.values(contracts)) visit(exported, 0);
  return messages;
}

describe('a schema’s own message in both languages', () => {
  it('splits 中文 / English with or without a space before the slash, not at a slash inside a half', () => {
    expect(bilingualMessage('区代码（6位）/ a district code (6 digits)')).toEqual({
      zh: '区代码（6位）',
      en: 'a district code (6 digits)',
    });
    expect(bilingualMessage('应为数字或 true/false / a number or true/false')).toEqual({
      zh: '应为数字或 true/false',
      en: 'a number or true/false',
    });
    expect(bilingualMessage('a/b')).toBeUndefined();
    expect(bilingualMessage('只有中文')).toBeUndefined();
  });

  it('splits every message of the contracts’ schemas written in both languages', () => {
    const bilingual = [...schemaMessages()].filter((m) => han.test(m) && m.includes('/'));
    expect(bilingual.length).toBeGreaterThan(10);
    for (const message of bilingual) {
      const split = bilingualMessage(message);
      expect(split, message).toBeDefined();
      expect(split!.zh, message).toMatch(han);
      expect(split!.en, message).not.toMatch(han);
    }
  });
});
