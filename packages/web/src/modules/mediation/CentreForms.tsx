import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Area } from '@gigpact/contracts';
import type { FormInstance } from 'antd';
import type { Language } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../api/api-error';
import { useLanguage } from '../../shell/session';
import { districtOptions, streetOptions, useRegions } from '../registry/scope';
import { mediationKeys, openCentre, seatMediator, type Centre } from './api';

/** Puts the server's per-field issues under the form's fields; false when none of them is a field here. */
function showFieldIssues<V extends object>(
  form: FormInstance<V>,
  error: unknown,
  language: Language,
  fields: string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  const placed = error.issues.filter((i) => fields.includes(String(i.path[0])));
  if (placed.length === 0) return false;
  form.setFields(
    placed.map((i) => ({ name: String(i.path[0]) as never, errors: [language === 'en' ? i.en : i.zh] })),
  );
  return true;
}

interface CentreValues {
  name: string;
  district?: string;
  street?: string;
  address: string;
  phone: string;
}

/**
 * Opens a mediation centre: in the officer's own district, or in any district chosen by the city federation;
 * at a street or town when it serves one.
 */
export function OpenCentreModal({ area, open, onClose }: { area: Area; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const [form] = Form.useForm<CentreValues>();
  const district = Form.useWatch('district', form);
  const ownDistrict = area.level === 'district' ? area.code : undefined;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const save = useMutation({
    mutationFn: (v: CentreValues) =>
      openCentre({
        name: v.name.trim(),
        district: ownDistrict ?? v.district ?? '',
        street: v.street ?? null,
        address: v.address.trim(),
        phone: v.phone.trim(),
      }),
    onSuccess: (centre) => {
      void message.success(t('mediation.centres.opened', { name: centre.name }));
      void queryClient.invalidateQueries({ queryKey: mediationKeys.centres });
      onClose();
    },
    onError: (error) => {
      if (!showFieldIssues(form, error, language, ['name', 'district', 'street', 'address', 'phone']))
        void message.error(errorMessage(error, language));
    },
  });
  const required = { required: true, whitespace: true, message: t('mediation.common.required') };

  return (
    <Modal
      open={open}
      title={t('mediation.centres.open')}
      okText={t('mediation.centres.open')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<CentreValues> form={form} layout="vertical" name="open-centre" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          label={t('mediation.centres.name')}
          name="name"
          rules={[required, { min: 4, message: t('mediation.centres.nameRule') }]}
        >
          <Input maxLength={80} />
        </Form.Item>
        {!ownDistrict && (
          <Form.Item
            label={t('mediation.centres.district')}
            name="district"
            rules={[{ required: true, message: t('mediation.centres.districtRule') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              onChange={() => form.setFieldValue('street', undefined)}
              options={regions.data ? districtOptions(regions.data, area, language) : []}
            />
          </Form.Item>
        )}
        <Form.Item label={t('mediation.centres.street')} name="street">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('mediation.centres.anyStreet')}
            options={regions.data ? streetOptions(regions.data, area, ownDistrict ?? district, language) : []}
          />
        </Form.Item>
        <Form.Item
          label={t('mediation.centres.address')}
          name="address"
          rules={[required, { min: 4, message: t('mediation.centres.addressRule') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('mediation.centres.phone')}
          name="phone"
          rules={[required, { pattern: /^[0-9+\- ]{5,20}$/, message: t('mediation.common.phoneRule') }]}
        >
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Seats a mediator (an account with the mediator role in the centre's district) at a centre. */
export function SeatMediatorModal({ centre, onClose }: { centre: Centre | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ username: string }>();

  useEffect(() => {
    if (centre) form.resetFields();
  }, [centre, form]);

  const save = useMutation({
    mutationFn: (v: { username: string }) => seatMediator(centre!.id, { username: v.username.trim() }),
    onSuccess: (updated) => {
      void message.success(t('mediation.centres.seated', { name: updated.name }));
      void queryClient.invalidateQueries({ queryKey: mediationKeys.centres });
      onClose();
    },
    onError: (error) => {
      if (!showFieldIssues(form, error, language, ['username']))
        void message.error(errorMessage(error, language));
    },
  });

  return (
    <Modal
      open={centre !== undefined}
      title={t('mediation.centres.seatTitle', { name: centre?.name ?? '' })}
      okText={t('mediation.centres.seat')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<{ username: string }>
        form={form}
        layout="vertical"
        name="seat-mediator"
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          label={t('mediation.centres.username')}
          name="username"
          extra={t('mediation.centres.usernameHelp')}
          rules={[{ required: true, whitespace: true, message: t('mediation.common.required') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
