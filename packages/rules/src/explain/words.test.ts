import { describe, expect, it } from 'vitest';
import { libraryRules } from '../library';
import { liableWords, sourceWords } from './words';

describe('words of a trace', () => {
  it('names every liable party of the rule library in Chinese and keeps the English', () => {
    for (const rule of libraryRules) {
      expect(liableWords(rule.liable, 'zh'), rule.id).toMatch(/^[^a-z]+$/);
      expect(liableWords(rule.liable, 'en'), rule.id).toBe(rule.liable);
    }
    expect(liableWords('platform', 'zh')).toBe('平台');
    expect(liableWords('franchisee', 'zh')).toBe('加盟商');
    expect(liableWords('the station', 'zh')).toBe('the station');
  });

  it('translates the source word negotiated and keeps source codes', () => {
    expect(sourceWords('negotiated', 'zh')).toBe('协商确定');
    expect(sourceWords('negotiated', 'en')).toBe('negotiated');
    expect(sourceWords('S20', 'zh')).toBe('S20');
  });
});
