import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unionStatuses, unionStatusNames, type UnionStatus } from '@gigpact/contracts';
import {
  changeEnterprise,
  fetchEnterprise,
  type EnterpriseChange,
  type EnterpriseSummary,
} from '../../../api/registry';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { fieldErrors } from '../../admin/field-errors';
import { coverageKey } from '../coverage/useCoverage';
import { streetOptions, useRegions } from '../scope';
import { enterpriseChange, type EnterpriseForm } from './enterprise-form';
import { enterprisesKey } from './EnterprisesTable';
import { cityToday } from '../../../shell/city-today';

const fields = ['name', 'creditCode', 'street', 'unionStatus', 'unionFoundedOn', 'workers'] as const;

function formValues(e: EnterpriseSummary): EnterpriseForm<Dayjs> {
  return {
    name: e.name,
    creditCode: e.creditCode ?? '',
    street: e.street ?? undefined,
    unionStatus: e.unionStatus,
    unionFoundedOn: e.unionFoundedOn ? dayjs(e.unionFoundedOn) : undefined,
    workers: e.workers,
  };
}

/**
 * Changes one enterprise. The version the user saw goes along; when someone else saved first, the server says
 * CONFLICT, the latest version is loaded into the form and the user is told to check it and save again.
 */
export function EditEnterpriseModal({
  enterprise,
  onClose,
}: {
  enterprise: EnterpriseSummary | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const [form] = Form.useForm<EnterpriseForm<Dayjs>>();
  const [base, setBase] = useState(enterprise);
  const [formError, setFormError] = useState<{ text: string; conflict: boolean }>();
  const status = Form.useWatch('unionStatus', form);

  useEffect(() => {
    setBase(enterprise);
    setFormError(undefined);
    if (enterprise) form.setFieldsValue(formValues(enterprise));
  }, [enterprise, form]);

  const save = useMutation({
    mutationFn: (change: EnterpriseChange) => changeEnterprise(base!.id, change),
    onSuccess: (saved) => {
      void message.success(t('registry.enterprises.saved', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: enterprisesKey });
      void queryClient.invalidateQueries({ queryKey: coverageKey });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'CONFLICT' && base) {
        const latest = await fetchEnterprise(base.id);
        setBase(latest);
        form.setFieldsValue(formValues(latest));
        setFormError({ text: t('registry.enterprises.conflict'), conflict: true });
        void queryClient.invalidateQueries({ queryKey: enterprisesKey });
        return;
      }
      const { byField, general } = fieldErrors(error, fields, language);
      form.setFields(byField.map(({ field, errors }) => ({ name: field, errors })));
      setFormError(
        byField.length > 0 && general.length === 0
          ? undefined
          : { text: [errorMessage(error, language), ...general].join(' '), conflict: false },
      );
    },
  });

  const streets =
    regions.data && base
      ? streetOptions(regions.data, { level: 'district', code: base.district }, undefined, language)
      : [];
  const required = { required: true, message: t('registry.enterprises.required') };

  return (
    <Modal
      open={enterprise !== undefined}
      title={base ? t('registry.enterprises.editTitle', { name: base.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      data-testid="edit-enterprise"
    >
      {formError && (
        <Alert
          type={formError.conflict ? 'warning' : 'error'}
          showIcon
          title={formError.text}
          role="alert"
          style={{ marginBottom: 16 }}
          data-testid="edit-error"
        />
      )}
      <Form<EnterpriseForm<Dayjs>>
        form={form}
        layout="vertical"
        name="edit-enterprise"
        onFinish={(values) => {
          if (!base) return;
          setFormError(undefined);
          save.mutate(
            enterpriseChange(base, {
              ...values,
              unionFoundedOn: values.unionFoundedOn?.format('YYYY-MM-DD'),
            }),
          );
        }}
      >
        <Form.Item
          label={t('registry.enterprises.name')}
          name="name"
          rules={[{ ...required, whitespace: true }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('registry.enterprises.creditCode')} name="creditCode">
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item label={t('registry.enterprises.street')} name="street">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('registry.enterprises.noStreet')}
            options={streets}
          />
        </Form.Item>
        <Form.Item label={t('registry.enterprises.unionStatus')} name="unionStatus" rules={[required]}>
          <Select<UnionStatus>
            options={unionStatuses.map((v) => ({
              value: v,
              label: localized(unionStatusNames[v], language),
            }))}
          />
        </Form.Item>
        {status === 'founded' && (
          <Form.Item
            label={t('registry.enterprises.unionFoundedOn')}
            name="unionFoundedOn"
            rules={[{ required: true, message: t('registry.enterprises.foundedOnRequired') }]}
          >
            <DatePicker disabledDate={(date) => date.isAfter(cityToday(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          label={t('registry.enterprises.workers')}
          name="workers"
          rules={[required, { type: 'integer', min: 0, message: t('registry.enterprises.workersRule') }]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
