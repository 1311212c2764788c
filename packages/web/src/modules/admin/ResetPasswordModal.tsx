import { useState } from 'react';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { resetPassword, type AdminUser } from '../../api/admin';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { passwordFormErrors } from '../auth/password-form';

interface Values {
  newPassword: string;
  confirmPassword: string;
}

/**
 * The city administrator sets another user's password; the user's sessions end and a lockout is lifted. `user`
 * is the account whose password is reset (the dialog is closed without one); `onReset` is told of the change.
 */
export function ResetPasswordModal({
  user,
  onClose,
  onReset,
}: {
  user: AdminUser | undefined;
  onClose: () => void;
  onReset: (user: AdminUser) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string>();

  const close = () => {
    form.resetFields();
    setFormError(undefined);
    onClose();
  };
  const reset = useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      resetPassword(id, { newPassword }),
    onSuccess: (updated) => {
      void message.success(t('admin.resetDone', { name: updated.username }));
      onReset(updated);
      close();
    },
    onError: (error) => {
      const { byField, general } = passwordFormErrors(error, language);
      // This form has no current password: only the new one's issues have a field to stand under.
      const placed = byField.filter((issue) => issue.field === 'newPassword');
      const unplaced = byField.filter((issue) => issue.field !== 'newPassword').flatMap((i) => i.errors);
      form.setFields(placed.map(({ errors }) => ({ name: 'newPassword' as const, errors })));
      general.push(...unplaced);
      const placedEverything = placed.length > 0 && general.length === 0;
      setFormError(placedEverything ? undefined : [errorMessage(error, language), ...general].join(' '));
    },
  });

  return (
    <Modal
      open={user !== undefined}
      title={t('admin.resetTitle', { name: user?.username ?? '' })}
      okText={t('admin.resetPassword')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('admin.resetIntro')}</Typography.Paragraph>
      {formError && (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="reset-password"
        onFinish={(values) => {
          if (!user) return;
          setFormError(undefined);
          reset.mutate({ id: user.id, newPassword: values.newPassword });
        }}
      >
        <NewPasswordFields />
      </Form>
    </Modal>
  );
}
