import { useState } from 'react';
import { Button } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from './ChangePasswordModal';
import { registerAccountMessages } from './register-messages';

registerAccountMessages();

/** “修改密码 / Change password” in the header, for whoever is signed in; its label only on wide screens. */
export function ChangePasswordButton({ showLabel }: { showLabel: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The form is mounted once first opened, not with every page.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        type="text"
        icon={<KeyOutlined />}
        style={{ color: '#ffffff' }}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
        aria-label={t('account.changePassword')}
        data-testid="change-password"
      >
        {showLabel ? t('account.changePassword') : undefined}
      </Button>
      {opened && <ChangePasswordModal open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
