import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { changePassword } from './api';
import { NewPasswordFields } from './NewPasswordFields';
import { passwordFormErrors } from './password-form';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * The signed-in user changes their own password: the current one, then the new one twice. The server's verdict on
 * a field stands under it; anything else (a lockout, say) above the form.
 */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
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
  const change = useMutation({
    mutationFn: (values: Values) =>
      changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: () => {
      void message.success(t('account.changed'));
      close();
    },
    onError: (error) => {
      const { byField, general } = passwordFormErrors(error, language);
      form.setFields(byField.map(({ field, errors }) => ({ name: field, errors })));
      const placedEverything = byField.length > 0 && general.length === 0;
      setFormError(placedEverything ? undefined : [errorMessage(error, language), ...general].join(' '));
    },
  });

  return (
    <Modal
      open={open}
      title={t('account.changePassword')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      forceRender
      data-testid="change-password-dialog"
    >
      <Typography.Paragraph type="secondary">{t('account.intro')}</Typography.Paragraph>
      {formError && (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="change-password"
        onFinish={(values) => {
          setFormError(undefined);
          change.mutate(values);
        }}
      >
        <Form.Item
          label={t('account.currentPassword')}
          name="currentPassword"
          rules={[{ required: true, message: t('account.problems.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields differFrom="currentPassword" />
      </Form>
    </Modal>
  );
}
