import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { campaignResults, caseStatusNames, type CampaignResult } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { formatTime } from '../../admin/format';
import { caseKeys, recordInspection, type Campaign, type CampaignTarget } from '../api';
import { listTargetCases, targetCasesKey } from './api';
import { cityToday } from '../../../shell/city-today';

interface Values {
  checkedOn: Dayjs;
  result: CampaignResult;
  checks: string[];
  workersCovered?: number | null;
  caseId?: string | null;
  flags: ('administrativePenalty' | 'guidanceSent')[];
  note?: string;
}

/**
 * Records one target's inspection against the campaign's checklist, and the case it led to (one of the target's
 * cases). The target's version goes along: if someone recorded an inspection meanwhile, the list reloads.
 */
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
  const { message, notification } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const targetCases = useQuery({
    queryKey: targetCasesKey(campaign.id, target?.id ?? ''),
    queryFn: () => listTargetCases(campaign.id, target!.id),
    enabled: target !== undefined,
  });

  useEffect(() => {
    if (!target) return;
    form.setFieldsValue({
      checkedOn: target.checkedOn ? dayjs(target.checkedOn) : cityToday(),
      result: target.result === 'pending' ? 'compliant' : target.result,
      checks: Object.entries(target.checks)
        .filter(([, done]) => done)
        .map(([item]) => item),
      workersCovered: target.workersCovered,
      caseId: target.caseId,
      flags: (['administrativePenalty', 'guidanceSent'] as const).filter((f) => target[f]),
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
        caseId: v.caseId ?? null,
        administrativePenalty: v.flags.includes('administrativePenalty'),
        guidanceSent: v.flags.includes('guidanceSent'),
        note: v.note?.trim() || null,
        version: target!.version,
      }),
    onSuccess: (saved) => {
      void message.success(t('cases.campaigns.inspected', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: caseKeys.campaigns });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        void queryClient.invalidateQueries({ queryKey: caseKeys.campaigns });
        notification.warning({
          title: errorMessage(error, language),
          description: t('cases.campaigns.stale'),
        });
        onClose();
        return;
      }
      void message.error(errorMessage(error, language));
    },
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
      {target?.inspectedBy && target.inspectedAt && (
        <Typography.Paragraph type="secondary" data-testid="last-inspection">
          {t('cases.campaigns.lastInspection', {
            name: target.inspectedBy,
            at: formatTime(target.inspectedAt, ''),
          })}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" name="inspection" onFinish={(v) => save.mutate(v)}>
        <Form.Item label={t('cases.campaigns.checkedOn')} name="checkedOn" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(cityToday(), 'day')} style={{ width: '100%' }} />
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
        <Form.Item
          label={t('cases.campaigns.caseLink')}
          name="caseId"
          extra={t('cases.campaigns.caseLinkHelp')}
        >
          <Select
            allowClear
            loading={targetCases.isLoading}
            placeholder={t('cases.campaigns.noCase')}
            options={(targetCases.data?.items ?? []).map((c) => ({
              value: c.id,
              label: t('cases.campaigns.caseOption', {
                number: c.number,
                title: c.title,
                status: localized(caseStatusNames[c.status], language),
              }),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('cases.campaigns.flags')} name="flags">
          <Checkbox.Group
            options={[
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
