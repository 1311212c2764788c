import { useState } from 'react';
import { Button, Input, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CreateUserModal } from './CreateUserModal';
import { UsersTable } from './UsersTable';
import { firstPage, type Paging } from './paging';

export function UsersPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState<Paging>(firstPage);
  const [creating, setCreating] = useState(false);

  return (
    <div>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Input.Search
          allowClear
          placeholder={t('admin.searchPlaceholder')}
          aria-label={t('admin.searchPlaceholder')}
          enterButton={t('common.search')}
          onSearch={(value) => {
            setSearch(value.trim());
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          style={{ width: 360, maxWidth: '100%' }}
          data-testid="user-search"
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="create-user"
        >
          {t('admin.createUser')}
        </Button>
      </Space>
      <UsersTable search={search} paging={paging} onPage={setPaging} />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          setSearch('');
          setPaging(firstPage);
        }}
      />
    </div>
  );
}
