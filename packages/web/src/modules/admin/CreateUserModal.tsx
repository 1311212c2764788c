import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roleNames, roles, usernamePattern } from '@gigpact/contracts';
import { createUser, type NewUser } from '../../api/admin';
import { ApiError, errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage } from '../../shell/session';
import { AreaSelect } from './AreaSelect';
import { fieldErrors } from './field-errors';
import { usersKey } from './UsersTable';

const fields = ['username', 'displayName', 'role', 'area', 'password'] as const;

/** A new account; the server's verdict on each field is shown under that field. */
export function CreateUserModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewUser>();
  const [formError, setFormError] = useState<string>();

  const create = useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      void message.success(t('admin.created', { name: user.username }));
      void queryClient.invalidateQueries({ queryKey: usersKey });
      form.resetFields();
      setFormError(undefined);
      onCreated();
    },
    onError: (error) => {
      const { byField, general } = fieldErrors(error, fields, language);
      const usernameTaken = error instanceof ApiError && error.code === 'CONFLICT';
      form.setFields(byField.map(({ field, errors }) => ({ name: field, errors })));
      if (usernameTaken) form.setFields([{ name: 'username', errors: [errorMessage(error, language)] }]);
      // What could not be shown under a field is shown above the form, with the server's general message.
      const placedEverything = (byField.length > 0 || usernameTaken) && general.length === 0;
      setFormError(placedEverything ? undefined : [errorMessage(error, language), ...general].join(' '));
    },
  });

  const required = [{ required: true, whitespace: true, message: t('admin.required') }];

  return (
    <Modal
      open={open}
      title={t('admin.createUser')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        setFormError(undefined);
        onClose();
      }}
      forceRender
    >
      {formError && (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<NewUser>
        form={form}
        layout="vertical"
        name="create-user"
        onFinish={(values) => {
          setFormError(undefined);
          create.mutate({
            ...values,
            username: values.username.trim(),
            displayName: values.displayName.trim(),
          });
        }}
      >
        <Form.Item
          label={t('admin.username')}
          name="username"
          rules={[...required, { pattern: usernamePattern, message: t('admin.usernameRule') }]}
          normalize={(value: string) => value.toLowerCase()}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('admin.displayName')} name="displayName" rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.role')}
          name="role"
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <Select
            placeholder={t('admin.rolePlaceholder')}
            options={roles.map((role) => ({ value: role, label: localized(roleNames[role], language) }))}
            data-testid="role-select"
          />
        </Form.Item>
        <Form.Item
          label={t('admin.area')}
          name="area"
          rules={[{ required: true, message: t('admin.required') }]}
        >
          <AreaSelect />
        </Form.Item>
        <Form.Item
          label={t('admin.password')}
          name="password"
          rules={[
            { required: true, message: t('admin.required') },
            { min: 10, message: t('admin.passwordRule') },
          ]}
          extra={t('admin.passwordHelp')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
