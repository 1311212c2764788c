import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryRules } from '../library/index';
import { loadCaseFile } from './case-file';
import { runCaseFile, typescriptEngine } from './run-cases';

const dir = path.resolve(import.meta.dirname, '../../cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('clause test cases on the TypeScript evaluator', () => {
  for (const file of files) {
    it(file, async () => {
      const cases = loadCaseFile(readFileSync(path.join(dir, file), 'utf8'), file);
      const results = await runCaseFile(cases, typescriptEngine);
      expect(results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`))).toEqual([]);
    });
  }

  it('every library rule has a case file', () => {
    const covered = new Set(files.map((f) => f.replace(/\.yaml$/, '')));
    expect(libraryRules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
