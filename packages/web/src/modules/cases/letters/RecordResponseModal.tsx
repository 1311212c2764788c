import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LetterView } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { caseKeys, recordLetterResponse } from '../api';
import { showFieldErrors } from '../detail/form-errors';
import { cityToday } from '../../../shell/city-today';

/** Records the recipient's written answer to a letter, which meets its deadline. */
export function RecordResponseModal({
  letter,
  onClose,
}: {
  letter: LetterView | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ respondedOn: Dayjs; response: string }>();
  const save = useMutation({
    mutationFn: (values: { respondedOn: Dayjs; response: string }) =>
      recordLetterResponse(letter!.id, {
        respondedOn: values.respondedOn.format('YYYY-MM-DD'),
        response: values.response.trim(),
      }),
    onSuccess: () => {
      void message.success(t('cases.letters.responseSaved'));
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      showFieldErrors(form, error, ['respondedOn', 'response'], language);
      void message.error(errorMessage(error, language));
    },
  });
  return (
    <Modal
      open={letter !== undefined}
      title={`${t('cases.letters.recordResponse')} · ${letter?.number ?? ''}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" name="letter-response" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          label={t('cases.letters.respondedOn')}
          name="respondedOn"
          initialValue={cityToday()}
          rules={[{ required: true, message: t('cases.common.required') }]}
        >
          <DatePicker disabledDate={(d) => d.isAfter(cityToday(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={t('cases.letters.response')}
          name="response"
          rules={[{ required: true, min: 2, whitespace: true, message: t('cases.common.required') }]}
        >
          <Input.TextArea rows={4} maxLength={10_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
