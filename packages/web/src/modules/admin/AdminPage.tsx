import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AuditLogTable } from './AuditLogTable';
import { UsersPanel } from './UsersPanel';

type AdminTab = 'users' | 'audit';

/** City administration: user accounts and the audit log, each tab with its own address to link to. */
export function AdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rest = useParams()['*'] ?? '';
  const active: AdminTab = rest.startsWith('audit') ? 'audit' : 'users';

  return (
    <Card variant="borderless">
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/admin/${key}`)}
        destroyOnHidden
        items={[
          { key: 'users', label: t('admin.usersTab'), children: <UsersPanel /> },
          { key: 'audit', label: t('admin.auditTab'), children: <AuditLogTable /> },
        ]}
      />
    </Card>
  );
}
