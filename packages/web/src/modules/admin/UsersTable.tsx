import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roleNames } from '@gigpact/contracts';
import { listUsers, unlockUser, updateUser, type AdminUser } from '../../api/admin';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { formatTime } from './format';
import { pageSizes, type Paging } from './paging';
import { ResetPasswordModal } from './ResetPasswordModal';

export const usersKey = ['admin', 'users'] as const;

/**
 * User accounts, paged and searched on the server. Each row can be disabled or enabled again, have its password
 * reset, and, when too many failed sign-ins lock it, be unlocked.
 */
export function UsersTable({
  search,
  paging,
  onPage,
}: {
  search: string;
  paging: Paging;
  onPage: (paging: Paging) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useQuery({
    queryKey: [...usersKey, search, paging.page, paging.pageSize],
    queryFn: () => listUsers({ ...paging, q: search }),
    placeholderData: keepPreviousData,
  });
  const toggle = useMutation({
    mutationFn: (user: AdminUser) => updateUser(user.id, { disabled: !user.disabled }),
    onSuccess: (user) => {
      void message.success(t('admin.updated', { name: user.username }));
      void queryClient.invalidateQueries({ queryKey: usersKey });
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });
  const unlock = useMutation({
    mutationFn: (user: AdminUser) => unlockUser(user.id),
    onSuccess: (user) => {
      void message.success(t('admin.unlocked', { name: user.username }));
      void queryClient.invalidateQueries({ queryKey: usersKey });
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });
  const [resetting, setResetting] = useState<AdminUser>();
  const ownId = useSession().data?.user.id;

  const columns: ColumnsType<AdminUser> = [
    { title: t('admin.username'), dataIndex: 'username', key: 'username' },
    { title: t('admin.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('admin.role'),
      key: 'role',
      render: (_, user) => localized(roleNames[user.role], language),
    },
    { title: t('admin.area'), key: 'area', render: (_, user) => localized(user.areaName, language) },
    {
      title: t('admin.status'),
      key: 'status',
      render: (_, user) => (
        <>
          {user.disabled ? <Tag>{t('admin.disabled')}</Tag> : <Tag color="green">{t('admin.enabled')}</Tag>}
          {user.lockedUntil && (
            <Tooltip title={t('admin.lockedUntil', { time: formatTime(user.lockedUntil, '') })}>
              <Tag color="orange" data-testid="user-locked">
                {t('admin.locked')}
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t('admin.lastLoginAt'),
      key: 'lastLoginAt',
      render: (_, user) => formatTime(user.lastLoginAt, t('common.never')),
    },
    {
      title: t('admin.actions'),
      key: 'actions',
      render: (_, user) => (
        <Space size="small" wrap>
          {user.disabled ? (
            <Button size="small" onClick={() => toggle.mutate(user)} loading={toggle.isPending}>
              {t('admin.enable')}
            </Button>
          ) : (
            <Popconfirm
              title={t('admin.disableConfirm', { name: user.username })}
              onConfirm={() => toggle.mutate(user)}
              okText={t('admin.disable')}
              cancelText={t('common.cancel')}
            >
              <Button size="small" danger loading={toggle.isPending}>
                {t('admin.disable')}
              </Button>
            </Popconfirm>
          )}
          {/* One's own password is changed, knowing the current one, from the header. */}
          {user.id !== ownId && (
            <Button size="small" onClick={() => setResetting(user)} data-testid="reset-password">
              {t('admin.resetPassword')}
            </Button>
          )}
          {user.lockedUntil && (
            <Button
              size="small"
              onClick={() => unlock.mutate(user)}
              loading={unlock.isPending}
              data-testid="unlock-user"
            >
              {t('admin.unlock')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(undefined)}
        onReset={() => void queryClient.invalidateQueries({ queryKey: usersKey })}
      />
      <Table<AdminUser>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 900 }}
        locale={users.isError ? { emptyText: errorMessage(users.error, language) } : undefined}
        data-testid="users-table"
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: users.data?.total ?? 0,
          pageSizeOptions: pageSizes,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => onPage({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
      />
    </>
  );
}
