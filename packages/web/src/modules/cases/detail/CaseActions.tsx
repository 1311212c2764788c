import { useState } from 'react';
import { Button, Card, Flex, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail, CaseStatus } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { AreaSelect } from '../../admin/AreaSelect';
import { districtOptions, useRegions } from '../../registry/scope';
import { assignCase, moveCase, referCase } from '../api';
import { statusLabel } from '../labels';
import { officeName } from '../labels';
import { mayRefer, transitionButtons, type CaseAbilities } from '../permissions';
import { useCaseChange } from './use-case-change';

type Dialog = { kind: 'move'; to: CaseStatus } | { kind: 'assign' } | { kind: 'refer' } | undefined;

/**
 * The steps the workflow allows from here, for those who may take them. Each goes with the version on screen,
 * so a step taken on a case someone else has just changed is refused and the case reloaded.
 */
export function CaseActions({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const regions = useRegions();
  const [dialog, setDialog] = useState<Dialog>();
  const [form] = Form.useForm<{ note?: string; office?: string; district?: string }>();
  const close = () => {
    setDialog(undefined);
    form.resetFields();
  };
  const options = { onDone: close, onConflict: close };
  const move = useCaseChange(
    detail.id,
    (to: CaseStatus) =>
      moveCase(detail.id, { to, version: detail.version, note: form.getFieldValue('note')?.trim() || null }),
    {
      ...options,
      success: (to) => t('cases.actions.moved', { status: statusLabel(to, language) }),
    },
  );
  const assign = useCaseChange(
    detail.id,
    (office: string) =>
      assignCase(detail.id, {
        office,
        version: detail.version,
        note: form.getFieldValue('note')?.trim() || null,
      }),
    {
      ...options,
      success: (office) => t('cases.actions.assigned', { office: officeName(office, language) }),
    },
  );
  const refer = useCaseChange(
    detail.id,
    (input: { district: string; note: string }) =>
      referCase(detail.id, {
        procuratorateDistrict: input.district,
        note: input.note,
        version: detail.version,
      }),
    {
      ...options,
      success: (input) =>
        t('cases.actions.referred', { district: officeName(`district:${input.district}`, language) }),
    },
  );
  const pending = move.isPending || assign.isPending || refer.isPending;
  const steps = transitionButtons(detail.allowedTransitions, abilities);

  const submit = (values: { note?: string; office?: string; district?: string }) => {
    if (dialog?.kind === 'move') move.mutate(dialog.to);
    if (dialog?.kind === 'assign' && values.office) assign.mutate(values.office);
    if (dialog?.kind === 'refer' && values.district)
      refer.mutate({ district: values.district, note: (values.note ?? '').trim() });
  };
  const title =
    dialog?.kind === 'move'
      ? detail.status === 'closed'
        ? t('cases.actions.reopen')
        : t('cases.actions.moveTo', { status: statusLabel(dialog.to, language) })
      : dialog?.kind === 'assign'
        ? t('cases.actions.assign')
        : t('cases.actions.refer');

  return (
    <Card size="small" title={t('cases.actions.title')} data-testid="case-actions">
      <Flex wrap gap={8}>
        {steps.map((to) => (
          <Button
            key={to}
            type={to === 'closed' ? 'default' : 'primary'}
            ghost={to !== 'closed'}
            onClick={() => setDialog({ kind: 'move', to })}
          >
            {detail.status === 'closed'
              ? t('cases.actions.reopen')
              : t('cases.actions.moveTo', { status: statusLabel(to, language) })}
          </Button>
        ))}
        {mayRefer(detail.allowedTransitions, abilities) && (
          <Button
            danger
            onClick={() => {
              form.setFieldsValue({ district: detail.district });
              setDialog({ kind: 'refer' });
            }}
          >
            {t('cases.actions.refer')}
          </Button>
        )}
        {abilities.handle && detail.status !== 'closed' && (
          <Button onClick={() => setDialog({ kind: 'assign' })}>{t('cases.actions.assign')}</Button>
        )}
        {abilities.handle && detail.status === 'mediation' && (
          <Link to={`/mediation/new?caseId=${detail.id}`}>
            <Button>{t('cases.actions.toMediation')}</Button>
          </Link>
        )}
      </Flex>
      <Modal
        open={dialog !== undefined}
        title={title}
        okText={t('cases.actions.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={pending}
        onOk={() => form.submit()}
        onCancel={close}
        forceRender
      >
        <Form form={form} layout="vertical" name="case-action" onFinish={submit}>
          {dialog?.kind === 'assign' && (
            <Form.Item
              label={t('cases.actions.office')}
              name="office"
              rules={[{ required: true, message: t('cases.common.required') }]}
            >
              <AreaSelect />
            </Form.Item>
          )}
          {dialog?.kind === 'refer' && (
            <Form.Item
              label={t('cases.actions.procuratorate')}
              name="district"
              rules={[{ required: true, message: t('cases.common.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={
                  regions.data
                    ? districtOptions(regions.data, { level: 'city', code: '310000' }, language)
                    : []
                }
              />
            </Form.Item>
          )}
          <Form.Item
            label={dialog?.kind === 'refer' ? t('cases.actions.referralNote') : t('cases.actions.note')}
            name="note"
            rules={
              dialog?.kind === 'refer'
                ? [
                    {
                      required: true,
                      min: 2,
                      whitespace: true,
                      message: t('cases.actions.referralNoteRequired'),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('cases.actions.notePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
