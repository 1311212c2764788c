import type { Language, OrganisationNode } from '@gigpact/contracts';

/** A node of antd's Tree, holding the organisation it shows. */
export interface OrganisationTreeNode {
  key: string;
  title: string;
  isLeaf: boolean;
  organisation: OrganisationNode;
  children?: OrganisationTreeNode[];
}

export function toTreeNodes(items: OrganisationNode[]): OrganisationTreeNode[] {
  return items.map((organisation) => ({
    key: organisation.id,
    title: organisation.name,
    isLeaf: organisation.children === 0,
    organisation,
  }));
}

/** The tree with one node's children put in place: loaded lazily, one level per expansion. */
export function withChildren(
  nodes: OrganisationTreeNode[],
  key: string,
  children: OrganisationTreeNode[],
): OrganisationTreeNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children };
    if (node.children) return { ...node, children: withChildren(node.children, key, children) };
    return node;
  });
}

/** A member count as people read it: 39,459 or 3.9万 in Chinese once it is large. */
export function formatMembers(count: number, language: Language): string {
  if (language === 'zh' && count >= 10_000) return `${(Math.round(count / 1000) / 10).toFixed(1)}万`;
  return count.toLocaleString('en-US');
}
