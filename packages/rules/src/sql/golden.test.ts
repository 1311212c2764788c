import { describe, expect, it } from 'vitest';
import { planRule } from '../compile/plan';
import { libraryRules } from '../library/index';
import { dialectNames, dialects } from './dialects';
import { buildFindingsQuery } from './query';

// Golden SQL: every change to what a library rule compiles to shows up in review, for every dialect.
// ClickHouse output is checked here only; it runs when the distributed engine lands.
const requiredParams: Record<string, Record<string, unknown>> = {
  'rh.avg_commission_disclosed': { disclosed_average: 0.14 },
};

describe('golden SQL per library rule and dialect', () => {
  for (const rule of libraryRules) {
    for (const dialect of dialectNames) {
      it(`${rule.id} · ${dialect}`, async () => {
        const plan = planRule(rule, {
          clauseId: rule.id,
          params: requiredParams[rule.id],
          effectiveFrom: '2025-05-01',
        });
        const query = buildFindingsQuery([plan], dialects[dialect], rule.dataset, '2025-08-01');
        const text = `-- ${rule.id} (${dialect})\n-- params: ${JSON.stringify(query.params)}\n${query.sql}\n`;
        await expect(text).toMatchFileSnapshot(`./__golden__/${dialect}/${rule.id}.sql`);
      });
    }
  }

  it('binds every value: no user text reaches the SQL', () => {
    const rule = libraryRules.find((r) => r.id === 'fd.late_penalty_exemption')!;
    const plan = planRule(rule, {
      clauseId: "c'); DROP TABLE x; --",
      params: { exempt_reasons: ['weather', 'access'] },
    });
    for (const dialect of dialectNames) {
      const query = buildFindingsQuery([plan], dialects[dialect], 'delivery_orders', '2025-08-01');
      expect(query.sql).not.toContain('DROP TABLE');
      expect(query.sql).not.toContain("'access'");
      expect(query.params).toContain("c'); DROP TABLE x; --");
      expect(query.params).toContain('access');
    }
    // A value the compared column never holds does not reach a query at all.
    expect(() => planRule(rule, { clauseId: 'c', params: { exempt_reasons: ["weather'--"] } })).toThrow(
      /is not a value of delay_reason/,
    );
  });

  it('uses typed placeholders in ClickHouse and numbered ones elsewhere', () => {
    const rule = libraryRules.find((r) => r.id === 'fr.commission_abs_cap')!;
    const plan = planRule(rule, { clauseId: 'c1' });
    const sqlOf = (d: keyof typeof dialects) =>
      buildFindingsQuery([plan], dialects[d], 'freight_orders', '2025-08-01').sql;
    expect(sqlOf('clickhouse')).toMatch(/\{p1:Decimal\(38,12\)\}/);
    expect(sqlOf('clickhouse')).not.toContain('$1');
    // DuckDB keeps a value's own scale (the cap is whole), so that products with it need no rounding.
    expect(sqlOf('duckdb')).toContain('CAST($1 AS DECIMAL(26,0))');
    expect(sqlOf('postgres')).toContain('CAST($1 AS NUMERIC(38,12))');
  });
});
