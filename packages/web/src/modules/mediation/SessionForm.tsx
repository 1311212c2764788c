import { App, Button, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MediationView } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { cityNow, cityWallClockToInstant } from '../../shared/city-time';
import { CityDatePicker } from '../../shared/CityDatePicker';
import { useLanguage } from '../../shell/session';
import { mediationKeys, recordSession } from './api';

interface Values {
  heldAt: Dayjs;
  place: string;
  notes?: string;
}

/** Records a sitting: when, where, and what was said. */
export function SessionForm({ request }: { request: MediationView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordSession(request.id, {
        // Picked on the city's clock, whatever the browser's zone.
        heldAt: cityWallClockToInstant(v.heldAt),
        place: v.place.trim(),
        notes: v.notes?.trim() || null,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(mediationKeys.detail(request.id), updated);
      void queryClient.invalidateQueries({ queryKey: mediationKeys.all });
      void message.success(t('mediation.sessions.saved'));
      form.resetFields();
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="mediation-session"
      initialValues={{ heldAt: cityNow() }}
      onFinish={(v) => save.mutate(v)}
      style={{ marginTop: 12 }}
    >
      <Form.Item label={t('mediation.sessions.heldAt')} name="heldAt" rules={[{ required: true }]}>
        <CityDatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label={t('mediation.sessions.place')}
        name="place"
        rules={[{ required: true, min: 2, whitespace: true, message: t('mediation.common.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('mediation.sessions.notes')} name="notes">
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending}>
        {t('mediation.sessions.add')}
      </Button>
    </Form>
  );
}
