import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { regionTree } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { useLanguage, useSession } from '../../shell/session';
import { openCase } from './api';

interface Values {
  title: string;
  description: string;
  district: string;
}

/** Opens a case carrying the chosen findings as its evidence bundle, then shows the case. */
export function CaseFromFindingsModal(props: {
  runId: string;
  keys: string[];
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
  const create = useMutation({
    mutationFn: (v: Values) => openCase(props.runId, { ...v, keys: props.keys, type: 'other' }),
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
        initialValues={{ district: ownDistrict }}
        onFinish={(v) => create.mutate(v)}
      >
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
            disabled={ownDistrict !== undefined}
            options={regionTree.districts.map((d) => ({ value: d.code, label: d[language] }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
