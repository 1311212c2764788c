import { describe, expect, it } from 'vitest';
import type { EnterpriseSummary } from '../../../api/registry';
import { enterpriseChange } from './enterprise-form';

const base: EnterpriseSummary = {
  id: 'e1',
  kind: 'franchisee',
  name: '极兔速递青浦徐泾加盟商1',
  creditCode: '91310118CW5XHB52N1',
  platformId: 'p1',
  platformCode: 'jt',
  platformName: '极兔速递',
  industry: 'express',
  parentId: null,
  district: '310118',
  districtName: { zh: '青浦区', en: 'Qingpu' },
  street: '310118106',
  streetName: '徐泾镇',
  unionStatus: 'none',
  unionFoundedOn: null,
  workers: 65,
  members: 0,
  version: 4,
};
const unchanged = {
  name: base.name,
  creditCode: base.creditCode!,
  street: base.street!,
  unionStatus: base.unionStatus,
  unionFoundedOn: undefined,
  workers: base.workers,
};

describe('the change sent for an edited enterprise', () => {
  it('is only the version when nothing changed, whitespace and case aside', () => {
    expect(
      enterpriseChange(base, {
        ...unchanged,
        name: ` ${base.name} `,
        creditCode: base.creditCode!.toLowerCase(),
      }),
    ).toEqual({
      version: 4,
    });
  });

  it('carries a newly founded union with its date and the new head count', () => {
    expect(
      enterpriseChange(base, {
        ...unchanged,
        unionStatus: 'founded',
        unionFoundedOn: '2026-11-20',
        workers: 70,
      }),
    ).toEqual({ version: 4, unionStatus: 'founded', unionFoundedOn: '2026-11-20', workers: 70 });
  });

  it('drops a founding date when the union is no longer founded, and clears an emptied street', () => {
    const founded = { ...base, unionStatus: 'founded' as const, unionFoundedOn: '2025-01-02' };
    expect(
      enterpriseChange(founded, {
        ...unchanged,
        unionStatus: 'preparing',
        unionFoundedOn: '2025-01-02',
        street: undefined,
      }),
    ).toEqual({ version: 4, unionStatus: 'preparing', unionFoundedOn: null, street: null });
  });
});
