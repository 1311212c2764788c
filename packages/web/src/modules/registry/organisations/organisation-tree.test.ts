import { describe, expect, it } from 'vitest';
import type { OrganisationNode } from '@gigpact/contracts';
import { formatMembers, toTreeNodes, withChildren } from './organisation-tree';

const node = (id: string, children: number): OrganisationNode => ({
  id,
  name: `组织${id}`,
  kind: 'street_federation',
  parentId: null,
  area: 'street:310118106',
  areaName: { zh: '徐泾镇', en: 'Xujing' },
  platformCode: null,
  foundedOn: null,
  status: 'active',
  members: 10,
  children,
});

describe('the lazily loaded organisation tree', () => {
  it('marks organisations without sub-organisations as leaves', () => {
    expect(toTreeNodes([node('a', 2), node('b', 0)]).map((n) => [n.key, n.isLeaf])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('puts loaded children under their parent at any depth, leaving the rest as it was', () => {
    const top = toTreeNodes([node('a', 1), node('b', 0)]);
    const once = withChildren(top, 'a', toTreeNodes([node('a1', 1)]));
    const twice = withChildren(once, 'a1', toTreeNodes([node('a11', 0)]));
    expect(twice[0]?.children?.[0]?.children?.map((n) => n.key)).toEqual(['a11']);
    expect(twice[1]).toBe(top[1]);
  });

  it('writes large member counts the way each language does', () => {
    expect(formatMembers(39_459, 'zh')).toBe('3.9万');
    expect(formatMembers(39_459, 'en')).toBe('39,459');
    expect(formatMembers(2059, 'zh')).toBe('2,059');
  });
});
