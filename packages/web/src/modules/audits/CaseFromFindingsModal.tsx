import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseTypeNames, caseTypeOfRules, caseTypes, regionTree, type CaseType } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { openCase } from './api';

interface Values {
  type: CaseType;
  title: string;
  description: string;
  district: string;
  street?: string | null;
}

/**
 * Opens a case carrying the chosen findings as its evidence bundle, then shows the case. The type starts as the
 * one the findings' rules make; the district and street are limited to the officer's own area.
 */
export function CaseFromFindingsModal(props: {
  runId: string;
  keys: string[];
  rules: string[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const area = session.data?.user.area ?? '';
  const ownDistrict = /^(district|street):(\d{6})/.exec(area)?.[2];
  const ownStreet = /^street:(\d{9})$/.exec(area)?.[1];
  const district = Form.useWatch('district', form) ?? ownDistrict;
  const streets = regionTree.districts.find((d) => d.code === district)?.streets ?? [];
  const suggested = caseTypeOfRules(props.rules);
  const create = useMutation({
    mutationFn: (v: Values) => openCase(props.runId, { ...v, street: v.street ?? null, keys: props.keys }),
    onSuccess: (opened) => {
      void message.success(t('audits.case.opened', { number: opened.number }));
      props.onClose();
      void navigate(`/cases/${opened.caseId}`);
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });
  const required = [{ required: true, whitespace: true, message: t('audits.start.required') }];
  return (
    <Modal
      open={props.open}
      title={t('audits.case.title')}
      okText={t('audits.case.submit')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ district: ownDistrict, street: ownStreet ?? null, type: suggested }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          name="type"
          label={t('audits.case.type')}
          extra={t('audits.case.typeHelp', { type: caseTypeNames[suggested][language] })}
          rules={[{ required: true, message: t('audits.start.required') }]}
        >
          <Select
            data-testid="case-type"
            options={caseTypes.map((type) => ({ value: type, label: caseTypeNames[type][language] }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('audits.case.caseTitle')}
          rules={[...required, { min: 2, max: 120 }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('audits.case.description')}
          rules={[...required, { min: 5, max: 5000 }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="district" label={t('audits.case.district')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={ownDistrict !== undefined}
            onChange={() => form.setFieldValue('street', null)}
            options={regionTree.districts.map((d) => ({ value: d.code, label: d[language] }))}
          />
        </Form.Item>
        <Form.Item name="street" label={t('audits.case.street')}>
          <Select
            data-testid="case-street"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={ownStreet !== undefined || !district}
            placeholder={t('audits.case.streetNone')}
            options={streets.map((s) => ({ value: s.code, label: localized(s, language) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
