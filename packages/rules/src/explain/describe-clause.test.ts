import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../agreement/load';
import { planAgreement } from '../compile/compile-agreement';
import { planRule } from '../compile/plan';
import { libraryRule } from '../library/index';
import { describeClause } from './describe-clause';

const agreement = loadAgreement(`
id: demo
title: 示例
industry: express
effective_from: 2025-09-01
clauses:
  - id: fee-share
    title: 派费分成
    title_en: Fee share
    text: 不低于30%。
    text_en: At least 30 %.
    rule: ex.direct_fee_share
    params: { min_share: [{ from: 2025-09-01, value: 0.3 }, { from: 2026-01-01, value: 0.35 }] }
    param_sources: { min_share: [negotiated] }
  - id: arrears
    title: 欠薪
    text: 按时发放。
    rule: ex.wage_arrears
    sources: [S23]
`);

describe('describeClause', () => {
  const plans = planAgreement(agreement);
  const planOf = (id: string) => {
    const status = plans.find((p) => p.clauseId === id);
    if (status?.status !== 'applicable') throw new Error(`${id} is not applicable`);
    return status.plan;
  };

  it('says which rows, what counts as a breach and the dated parameters with their sources', () => {
    const text = describeClause(planOf('fee-share'), agreement.clauses[0]);
    expect(text.ruleId).toBe('ex.direct_fee_share');
    expect(text.zh).toContain('检查每一条');
    expect(text.zh).toContain('（自 2025-09-01 起）');
    expect(text.zh).toMatch(/courier_fee（[^）]+） < min_fee/);
    expect(text.zh).toContain('自 2025-09-01 起为 0.3，自 2026-01-01 起为 0.35，来源 协商确定');
    expect(text.zh).toContain('责任方：加盟商。');
    expect(text.en).toContain('checks each');
    expect(text.en).toContain('0.3 from 2025-09-01, 0.35 from 2026-01-01, source negotiated');
    expect(text.en).toContain('Liable: franchisee.');
  });

  it('falls back to the clause sources and the library default', () => {
    const text = describeClause(planOf('arrears'), agreement.clauses[1]);
    expect(text.zh).toContain('grace_days（宽限天数）= 0，来源 S23');
    expect(text.en).toContain('The amount owed is');
    expect(text.en).not.toContain('grace_days (grace days) = 0, source S22');
  });

  it('says what the agreement covers and until when', () => {
    const covered = loadAgreement(`
id: covered
title: 示例
industry: express
platform: jt
effective_from: 2025-09-01
effective_to: 2026-08-31
scope: { districts: [青浦区] }
clauses:
  - { id: arrears, title: 欠薪, text: 按时发放。, rule: ex.wage_arrears }
  - { id: share, title: 分成, text: 不低于25%。, rule: ex.direct_fee_share }
`);
    const [arrears, share] = planAgreement(covered).map((c) => {
      if (c.status !== 'applicable') throw new Error(`${c.clauseId} is not applicable`);
      return c.plan;
    });
    const text = describeClause(share!);
    expect(text.zh).toContain('（2025-09-01 至 2026-08-31）');
    expect(text.zh).toContain(
      '协议覆盖：平台（company）为 jt，行政区（district）为 青浦区；其他记录不核查。',
    );
    expect(text.en).toContain('from 2025-09-01 to 2026-08-31');
    expect(text.en).toContain('covers rows whose platform (company) is jt and district (district) is 青浦区');
    // Payroll names neither a platform nor a district: nothing limits it but the dates.
    expect(describeClause(arrears!).zh).not.toContain('协议覆盖');
  });

  it('states a dated library default: the public explanation of fd.min_hourly_pay (24 CNY before 2025-07-01)', () => {
    const rule = libraryRule('fd.min_hourly_pay');
    const text = describeClause(planRule(rule, { clauseId: rule.id }));
    expect(text.zh).toContain(
      'min_hourly（最低小时收入（元））2025-07-01 之前为 24，自 2025-07-01 起为 25，来源 S1',
    );
    expect(text.en).toContain(
      'min_hourly (minimum hourly pay (CNY)) 24 before 2025-07-01, 25 from 2025-07-01, source S1',
    );
    const flat = describeClause(planRule(libraryRule('rh.min_hourly_pay'), { clauseId: 'rh' }));
    expect(flat.en).toContain('min_hourly (minimum hourly pay (CNY)) = 25');
  });
});
