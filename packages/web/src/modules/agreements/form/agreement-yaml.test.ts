import { describe, expect, it } from 'vitest';
import {
  newAgreementSource,
  readShape,
  removeClause,
  scopeOf,
  writeClause,
  writeScope,
} from './agreement-yaml';

const source = `# 协议说明：保留这条注释
id: demo
title: 示例
industry: express
effective_from: 2025-09-01
clauses:
  - id: fee-share
    title: 派费分成
    text: 不低于30%。
    rule: ex.direct_fee_share
    params: { min_share: 0.3 } # 二次协商
  - id: arrears
    title: 欠薪
    text: 按时发放。
`;

describe('agreement text edited clause by clause', () => {
  it('changes only what the form changed and keeps the comments', () => {
    const clause = { ...readShape(source)!.clauses[0]!, title: '派费分成（修订）' };
    const next = writeClause(source, 0, clause);
    expect(next).toContain('# 协议说明：保留这条注释');
    expect(next).toContain('# 二次协商');
    expect(readShape(next)!.clauses[0]).toEqual(clause);
    expect(readShape(next)!.clauses[1]).toEqual(readShape(source)!.clauses[1]);
  });

  it('appends and removes clauses', () => {
    const added = writeClause(source, undefined, { id: 'notice', title: '公示', text: '公示算法。' });
    expect(readShape(added)!.clauses.map((c) => c.id)).toEqual(['fee-share', 'arrears', 'notice']);
    expect(readShape(removeClause(added, 0))!.clauses.map((c) => c.id)).toEqual(['arrears', 'notice']);
  });

  it('sets the platforms and scope as the format allows', () => {
    const scope = { platforms: ['jt'], districts: ['310118'], riderTypes: [], franchisees: ['jt_fr_0'] };
    const next = writeScope(source, scope);
    expect(readShape(next)).toMatchObject({
      platform: 'jt',
      scope: { districts: ['310118'], franchisees: ['jt_fr_0'] },
    });
    expect(scopeOf(readShape(next)!)).toEqual(scope);
    const cleared = writeScope(next, { platforms: [], districts: [], riderTypes: [], franchisees: [] });
    expect(readShape(cleared)).not.toHaveProperty('scope');
    expect(readShape(cleared)).not.toHaveProperty('platform');
  });

  it('reads nothing from a text that is not an agreement', () => {
    expect(readShape('id: [')).toBeUndefined();
    expect(readShape('id: x')).toBeUndefined();
  });
});

describe('a new agreement started from the form', () => {
  const header = {
    id: 'sf-express-2026 ',
    title: '顺丰速运2026年派费协议',
    titleEn: '',
    industry: 'express',
    platforms: ['sf'],
    effectiveFrom: '2026-01-01',
    parties: [
      { name: '上海市总工会', role: 'union' },
      { name: '顺丰速运', role: 'platform' },
    ],
  };

  it('writes the required fields, the parties and a draft status, and no clauses yet', () => {
    const text = newAgreementSource(header);
    expect(readShape(text)).toMatchObject({ industry: 'express', platform: 'sf', clauses: [] });
    expect(text).toContain('id: sf-express-2026\n');
    expect(text).toContain('effective_from: 2026-01-01');
    expect(text).toContain('status: draft');
    expect(text).toContain('role: platform');
    expect(text).not.toContain('title_en');
  });

  it('takes clauses from the clause form as a list written out line by line', () => {
    const text = writeClause(newAgreementSource({ ...header, platforms: ['sf', 'jd'] }), undefined, {
      id: 'c01',
      title: '派费',
      text: '不低于30%。',
    });
    expect(readShape(text)?.clauses).toEqual([{ id: 'c01', title: '派费', text: '不低于30%。' }]);
    expect(readShape(text)?.platform).toEqual(['sf', 'jd']);
    expect(text).toContain('clauses:\n  - id: c01');
  });
});
