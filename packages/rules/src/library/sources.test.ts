import { negotiatedSource, sourceCatalogue, sourceDescription } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { shipped, shippedFiles } from '../testing/express-brand';
import { libraryRules } from './index';

const known = (id: string) => id === negotiatedSource || id in sourceCatalogue;

describe('the sources cited', () => {
  it('by every rule of the library are in the catalogue', () => {
    const cited = libraryRules.flatMap((rule) => [
      ...(rule.sources ?? []),
      ...Object.values(rule.params).flatMap((param) => param.sources),
    ]);
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((id) => !known(id))).toEqual([]);
  });

  it('by every shipped agreement are in the catalogue', () => {
    expect(shippedFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of shippedFiles) {
      const agreement = shipped(file);
      const cited = agreement.clauses.flatMap((clause) => [
        ...(clause.sources ?? []),
        ...Object.values(clause.param_sources ?? {}).flat(),
      ]);
      expect(
        cited.filter((id) => !known(id)),
        file,
      ).toEqual([]);
    }
  });

  it('are described in both languages, an agreement’s own document as written', () => {
    expect(sourceDescription('S1', 'zh')).toMatchObject({ title: expect.stringContaining('25元') });
    expect(sourceDescription('S1', 'en').title).toContain('25 CNY');
    expect(sourceDescription('negotiated', 'zh')).toEqual({ title: '协商确定' });
    expect(sourceDescription('青浦区协商纪要', 'en')).toEqual({ title: '青浦区协商纪要' });
  });
});
