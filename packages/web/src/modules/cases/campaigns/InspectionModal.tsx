import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { campaignResults, type CampaignResult } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { caseKeys, recordInspection, type Campaign, type CampaignTarget } from '../api';

interface Values {
  checkedOn: Dayjs;
  result: CampaignResult;
  checks: string[];
  workersCovered?: number | null;
  flags: ('caseFiled' | 'administrativePenalty' | 'guidanceSent')[];
  note?: string;
}

/** Records one target's inspection against the campaign's checklist. */
export function InspectionModal({
  campaign,
  target,
  onClose,
}: {
  campaign: Campaign;
  target: CampaignTarget | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!target) return;
    form.setFieldsValue({
      checkedOn: target.checkedOn ? dayjs(target.checkedOn) : dayjs(),
      result: target.result === 'pending' ? 'compliant' : target.result,
      checks: Object.entries(target.checks)
        .filter(([, done]) => done)
        .map(([item]) => item),
      workersCovered: target.workersCovered,
      flags: (['caseFiled', 'administrativePenalty', 'guidanceSent'] as const).filter((f) => target[f]),
      note: undefined,
    });
  }, [target, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      recordInspection(campaign.id, target!.id, {
        checkedOn: v.checkedOn.format('YYYY-MM-DD'),
        result: v.result,
        checks: Object.fromEntries(campaign.checklist.map((item) => [item, v.checks.includes(item)])),
        workersCovered: v.workersCovered ?? null,
        caseFiled: v.flags.includes('caseFiled'),
        administrativePenalty: v.flags.includes('administrativePenalty'),
        guidanceSent: v.flags.includes('guidanceSent'),
        note: v.note?.trim() || null,
      }),
    onSuccess: (saved) => {
      void message.success(t('cases.campaigns.inspected', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: caseKeys.campaigns });
      onClose();
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });

  return (
    <Modal
      open={target !== undefined}
      title={t('cases.campaigns.inspectTitle', { name: target?.name ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" name="inspection" onFinish={(v) => save.mutate(v)}>
        <Form.Item label={t('cases.campaigns.checkedOn')} name="checkedOn" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.result')} name="result" rules={[{ required: true }]}>
          <Radio.Group
            options={campaignResults
              .filter((r) => r !== 'pending')
              .map((r) => ({ value: r, label: t(`cases.campaigns.results.${r}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.checks')} name="checks">
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={campaign.checklist.map((item) => ({ value: item, label: item }))}
          />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.workers')} name="workersCovered">
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="flags">
          <Checkbox.Group
            options={[
              { value: 'caseFiled', label: t('cases.campaigns.caseFiled') },
              { value: 'administrativePenalty', label: t('cases.campaigns.penalty') },
              { value: 'guidanceSent', label: t('cases.campaigns.guidance') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
