import { describe, expect, it } from 'vitest';
import { parseArea, regionTree } from '@gigpact/contracts';
import { areaTree, type AreaNode } from './area-tree';

function flatten(nodes: AreaNode[]): AreaNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

describe('areaTree', () => {
  it('offers the city, its 16 districts and their streets as valid area strings', () => {
    const [city] = areaTree(regionTree, 'zh');
    expect(city).toMatchObject({ value: 'city:310000', title: '上海市' });
    expect(city?.children).toHaveLength(16);
    const all = flatten(areaTree(regionTree, 'zh'));
    expect(all.length).toBe(1 + 16 + regionTree.districts.reduce((sum, d) => sum + d.streets.length, 0));
    for (const node of all) expect(parseArea(node.value), node.value).toBeDefined();
  });

  it('names districts in the chosen language', () => {
    const qingpu = (tree: AreaNode[]) => tree[0]?.children?.find((d) => d.value === 'district:310118')?.title;
    expect(qingpu(areaTree(regionTree, 'zh'))).toBe('青浦区');
    expect(qingpu(areaTree(regionTree, 'en'))).toMatch(/Qingpu/);
  });
});
