import { describe, expect, it } from 'vitest';
import schema from '../../schema/agreement.schema.json' with { type: 'json' };
import { datesIn } from './dates';

describe('the dates an agreement holds', () => {
  it('are found wherever the schema places a date, and nowhere else', () => {
    const agreement = {
      id: 'a',
      title: 't',
      industry: 'express',
      effective_from: '2025-09-01',
      effective_to: '2026-08-31',
      signed_on: '2025-08-20',
      version: '2025-08-20',
      amendments: [{ version: '1.0', date: '2025-08-20', summary: '2025-01-01' }],
      clauses: [
        {
          id: 'fee',
          title: '2025-01-01',
          text: 't',
          rule: 'ex.direct_fee_share',
          params: {
            min_share: [
              { from: '2025-09-01', value: 0.3 },
              { from: '2026-01-01', value: 0.35 },
            ],
          },
        },
        {
          id: 'x',
          title: 't',
          text: 't',
          rule: 'ex.wage_arrears',
          params: { grace_days: 0, note: '2025-01-01' },
        },
      ],
    };
    expect(datesIn(agreement, schema)).toEqual([
      { path: ['effective_from'], text: '2025-09-01' },
      { path: ['effective_to'], text: '2026-08-31' },
      { path: ['signed_on'], text: '2025-08-20' },
      { path: ['amendments', 0, 'date'], text: '2025-08-20' },
      { path: ['clauses', 0, 'params', 'min_share', 0, 'from'], text: '2025-09-01' },
      { path: ['clauses', 0, 'params', 'min_share', 1, 'from'], text: '2026-01-01' },
    ]);
  });

  it('cover every date field of the schema', () => {
    const refs: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node))
        if (key === '$ref' && value === '#/definitions/date') refs.push(path);
        else visit(value, `${path}/${key}`);
    };
    visit(schema, '');
    // Each of these is exercised by the test above: a new date field fails here until a test covers it.
    expect(refs.sort()).toEqual([
      '/definitions/paramValue/oneOf/2/items/properties/from',
      '/properties/amendments/items/properties/date',
      '/properties/effective_from',
      '/properties/effective_to',
      '/properties/signed_on',
    ]);
  });
});
