import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe.each(testEngines)('public rule disclosures on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('explains each clause of a published agreement in words, with its parameters', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/agreements/eleme-shanghai-2025' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      document: { clauses: { id: string; rule?: string; check?: unknown }[] };
      explanations: {
        clauseId: string;
        status: string;
        ruleId: string | null;
        explanation: { zh: string; en: string } | null;
      }[];
    };
    expect(body.explanations.map((e) => e.clauseId)).toEqual(body.document.clauses.map((c) => c.id));
    const grace = body.explanations.find((e) => e.explanation?.zh.includes('merchant_grace_minutes'));
    expect(grace).toMatchObject({ status: 'applicable' });
    // The agreement's own value of the parameter is in the words.
    expect(grace!.explanation!.zh).toMatch(/merchant_grace_minutes（.+?）= 5，/);
    expect(grace!.explanation!.en).toMatch(/merchant_grace_minutes \(.+?\) = 5, /);
    for (const clause of body.document.clauses) {
      const explained = body.explanations.find((e) => e.clauseId === clause.id)!;
      expect(explained.status).toBe(clause.rule || clause.check ? 'applicable' : 'text_only');
    }
  });

  it('says in words what each rule of the standard library checks, in both languages', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/rules' });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as {
      id: string;
      explanation: { zh: string; en: string } | null;
    }[];
    const minPay = items.find((r) => r.id === 'fd.min_hourly_pay')!;
    expect(minPay.explanation!.zh).toContain('规则 fd.min_hourly_pay');
    expect(minPay.explanation!.en).toContain('Rule fd.min_hourly_pay');
    expect(minPay.explanation!.en).toContain('It is a breach when');
    expect(items.filter((r) => r.explanation !== null).length).toBeGreaterThan(items.length / 2);
  });

  it('gives each parameter of the rule library its allowed range and, when it changed over time, its default by date', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/rules' });
    const items = response.json().items as {
      id: string;
      violation: string;
      params: Record<string, { default?: unknown; range: unknown; datedDefault: unknown }>;
    }[];
    const minPay = items.find((r) => r.id === 'fd.min_hourly_pay')!;
    expect(minPay.params.min_hourly).toMatchObject({
      default: 25,
      range: {
        minimum: 0,
        minimumExclusive: true,
        maximum: null,
        maximumExclusive: false,
        notation: '(0, +∞)',
        zh: '大于 0',
        en: 'greater than 0',
      },
      datedDefault: [
        { from: null, before: '2025-07-01', value: 24 },
        { from: '2025-07-01', before: null, value: 25 },
      ],
    });
    expect(minPay.params.include_subsidies).toMatchObject({ range: null, datedDefault: null });
    // The rule as written is kept beside them.
    expect(minPay.violation).toContain('hourly_pay < min_hourly');
    const speed = items.find((r) => r.id === 'fd.eta_speed_floor')!;
    expect(speed.params.max_speed_kmh!.range).toMatchObject({
      notation: '(0, 120]',
      en: 'greater than 0 and at most 120',
    });
    // Every number parameter of the library has one.
    for (const rule of items)
      for (const [name, param] of Object.entries(rule.params) as [
        string,
        { type?: string; range: unknown },
      ][])
        if (param.type === 'int' || param.type === 'decimal')
          expect(param.range, `${rule.id}.${name}`).not.toBeNull();
  });

  it('keeps agreements not yet in force out of the public view', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/agreements/no-such-agreement' });
    expect(response.statusCode).toBe(404);
  });
});
