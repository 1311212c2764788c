import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordLength } from '@gigpact/contracts';
import { confirmationProblem, newPasswordProblem, problemText, type PasswordProblem } from './password-form';
import { registerAccountMessages } from './register-messages';

registerAccountMessages();

/**
 * The new password and its repetition, checked by the server's rules before anything is sent. With
 * `differFrom`, the field of the current password the new one must differ from.
 */
export function NewPasswordFields({ differFrom }: { differFrom?: string }) {
  const { t } = useTranslation();
  const say = (problem: PasswordProblem) => t(...problemText(problem));
  return (
    <>
      <Form.Item
        label={t('account.newPassword')}
        name="newPassword"
        dependencies={differFrom ? [differFrom] : []}
        extra={t('account.newPasswordHelp', { min: passwordLength.min, max: passwordLength.max })}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              const current = differFrom ? (getFieldValue(differFrom) as string | undefined) : undefined;
              const problem = newPasswordProblem(value, current);
              if (problem) throw new Error(say(problem));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('account.confirmPassword')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              const problem = confirmationProblem(getFieldValue('newPassword') as string | undefined, value);
              if (problem) throw new Error(say(problem));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
