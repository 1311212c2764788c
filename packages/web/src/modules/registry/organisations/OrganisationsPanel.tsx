import { useEffect, useState } from 'react';
import { Alert, Card, Empty, Skeleton, Tag, Tree, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationKindNames } from '@gigpact/contracts';
import { listOrganisations } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { OrganisationDrawer } from './OrganisationDrawer';
import { formatMembers, toTreeNodes, withChildren, type OrganisationTreeNode } from './organisation-tree';

export const organisationsKey = ['registry', 'organisations'] as const;

/**
 * The union organisations as a tree that opens one level at a time (the city has hundreds of federations and
 * thousands of enterprise unions); selecting one shows its details and contact in a drawer.
 */
export function OrganisationsPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const top = useQuery({ queryKey: [...organisationsKey, 'top'], queryFn: () => listOrganisations() });
  const [tree, setTree] = useState<OrganisationTreeNode[]>([]);
  const [selected, setSelected] = useState<string>();

  useEffect(() => {
    if (top.data) setTree(toTreeNodes(top.data));
  }, [top.data]);

  const loadChildren = async (node: OrganisationTreeNode) => {
    if (node.children) return;
    const children = await queryClient.fetchQuery({
      queryKey: [...organisationsKey, 'children', node.key],
      queryFn: () => listOrganisations(node.key),
    });
    setTree((current) => withChildren(current, node.key, toTreeNodes(children)));
  };

  return (
    <Card size="small" title={t('registry.organisations.title')}>
      <Typography.Paragraph type="secondary">{t('registry.organisations.hint')}</Typography.Paragraph>
      {top.isError && <Alert type="error" showIcon title={errorMessage(top.error, language)} />}
      {top.isPending && <Skeleton active />}
      {top.data?.length === 0 && <Empty description={t('registry.organisations.empty')} />}
      {tree.length > 0 && (
        <Tree<OrganisationTreeNode>
          treeData={tree}
          loadData={loadChildren}
          showLine
          blockNode
          selectedKeys={selected ? [selected] : []}
          onSelect={(keys) => setSelected(keys[0] === undefined ? undefined : String(keys[0]))}
          titleRender={(node) => (
            <span data-kind={node.organisation.kind}>
              {node.organisation.name}{' '}
              <Tag bordered={false}>{localized(organisationKindNames[node.organisation.kind], language)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('registry.organisations.members', {
                  members: formatMembers(node.organisation.members, language),
                })}
              </Typography.Text>
            </span>
          )}
          aria-label={t('registry.organisations.title')}
          data-testid="organisation-tree"
          style={{ maxHeight: 560, overflow: 'auto' }}
        />
      )}
      <OrganisationDrawer id={selected} onClose={() => setSelected(undefined)} />
    </Card>
  );
}
