import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { libraryRules } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import type { LibraryRule, LibraryRuleParam } from '../api';
import type { Clause } from '../clause';
import { readShape } from './agreement-yaml';
import {
  clauseToForm,
  formToClause,
  newClauseForm,
  outOfRange,
  paramsForRule,
  parseParamValue,
} from './clause-form';

const shippedDir = path.resolve(import.meta.dirname, '../../../../../rules/agreements');
const rules = libraryRules as unknown as LibraryRule[];
const ruleOf = (id: string | undefined) => rules.find((r) => r.id === id);
const shippedClauses: Clause[] = readdirSync(shippedDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => readShape(readFileSync(path.join(shippedDir, f), 'utf8'))!.clauses);

describe('clause form', () => {
  it('gives back every shipped clause unchanged after a trip through the form', () => {
    expect(shippedClauses.length).toBeGreaterThan(20);
    for (const clause of shippedClauses)
      expect(formToClause(clauseToForm(clause), ruleOf(clause.rule), clause), clause.id).toEqual(clause);
  });

  it('gives back the form after a trip through the document', () => {
    const form = {
      id: 'c20',
      title: '恶劣天气补贴',
      titleEn: 'Bad-weather allowance',
      text: '红色预警时每单补贴不低于 3 元。',
      textEn: 'At least 3 yuan per order under a red alert.',
      rule: 'fd.min_hourly_pay',
      params: [
        {
          name: 'min_hourly',
          entries: [
            { from: '2025-05-01', value: '24' },
            { from: '2025-07-01', value: '25.5' },
          ],
          sources: ['S1', 'negotiated'],
        },
      ],
      sources: ['S2'],
    };
    const clause = formToClause(form, ruleOf('fd.min_hourly_pay'));
    expect(clause.params).toEqual({
      min_hourly: [
        { from: '2025-05-01', value: 24 },
        { from: '2025-07-01', value: 25.5 },
      ],
    });
    expect(clauseToForm(clause)).toEqual(form);
  });

  it('leaves out empty values (the default applies) and keeps a custom check the form does not show', () => {
    const check = { dataset: 'delivery_orders', shape: 'row', violation: 'penalty > 0' };
    const base: Clause = { id: 'c12', title: '取消不罚', text: '…', check };
    const form = {
      ...clauseToForm(base),
      params: [{ name: 'x', entries: [{ from: '', value: ' ' }], sources: [] }],
    };
    expect(formToClause(form, undefined, base)).toEqual(base);
    const withRule = formToClause({ ...form, rule: 'ex.wage_arrears' }, ruleOf('ex.wage_arrears'), base);
    expect(withRule).toEqual({ id: 'c12', title: '取消不罚', text: '…', rule: 'ex.wage_arrears' });
  });

  it('reads typed values and keeps what does not read as the type, for the server to name', () => {
    expect(parseParamValue('decimal', ' 0.3 ')).toBe(0.3);
    expect(parseParamValue('decimal', '百分之三十')).toBe('百分之三十');
    expect(parseParamValue('int', '5')).toBe(5);
    expect(parseParamValue('bool', 'false')).toBe(false);
    expect(parseParamValue('list<string>', 'rain, snow，typhoon')).toEqual(['rain', 'snow', 'typhoon']);
    expect(parseParamValue('list<int>', '1、2')).toEqual([1, 2]);
  });

  it('offers every parameter of the chosen rule and a free clause id', () => {
    const rule = ruleOf('ex.wage_arrears');
    expect(paramsForRule(rule, []).map((p) => p.name)).toEqual(['grace_days']);
    expect(newClauseForm(['c01', 'c02', 'c03']).id).toBe('c04');
    expect(newClauseForm(['c01', 'c03']).id).toBe('c04');
  });

  it('marks a number typed outside its parameter’s range, before the draft is checked or saved', () => {
    const speed: LibraryRuleParam = {
      type: 'decimal',
      zh: '电动自行车限速（公里/小时）',
      en: 'e-bike speed limit (km/h)',
      default: 15,
      sources: ['S8'],
      range: {
        minimum: 0,
        minimumExclusive: true,
        maximum: 120,
        maximumExclusive: false,
        notation: '(0, 120]',
        zh: '大于 0 且不大于 120',
        en: 'greater than 0 and at most 120',
      },
      datedDefault: null,
    };
    expect(['0', '-3', '120.01'].map((v) => outOfRange(speed, v))).toEqual([true, true, true]);
    expect(['15', '120', '', '十五'].map((v) => outOfRange(speed, v))).toEqual([false, false, false, false]);
    // A parameter without a range, or not a number, is never marked.
    expect(outOfRange({ ...speed, range: null }, '-3')).toBe(false);
    expect(outOfRange({ ...speed, type: 'string' }, '-3')).toBe(false);
    expect(outOfRange(undefined, '-3')).toBe(false);
  });
});
