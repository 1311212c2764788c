import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, LetterKind } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { useUserArea } from '../../registry/scope';
import { issueLetter } from '../api';
import { showFieldErrors } from '../detail/form-errors';
import { useCaseChange } from '../detail/use-case-change';
import { letterKindLabel } from '../labels';
import { defaultRecipient, letterRequest, statutoryWorkingDays, type LetterFormValues } from './letter-form';

const fields = ['kind', 'recipient', 'facts', 'requests', 'responseWorkingDays'] as const;

/** Issues a 提示函, 意见书 or 建议书 on the case; the server numbers it and opens its answer period. */
export function IssueLetterModal({
  detail,
  kinds,
  open,
  onClose,
}: {
  detail: CaseDetail;
  kinds: LetterKind[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<LetterFormValues>();
  const kind = Form.useWatch('kind', form);
  const area = useUserArea();
  const initialKind = kinds.includes('opinion') ? 'opinion' : kinds[0];
  const recipientFor = (k: LetterKind | undefined) => defaultRecipient(k, detail.parties, area);
  const issue = useCaseChange(
    detail.id,
    (values: LetterFormValues) => issueLetter(detail.id, letterRequest(values)),
    {
      success: (_values, letter) =>
        t('cases.letters.issued', {
          number: letter.number,
          due: letter.responseDueOn
            ? t('cases.letters.dueText', { date: letter.responseDueOn })
            : t('cases.letters.noDueText'),
        }),
      onDone: () => {
        form.resetFields();
        onClose();
      },
      onFailure: (error) => showFieldErrors(form, error, fields, language),
    },
  );
  const statutory = kind ? statutoryWorkingDays[kind] : undefined;
  const required = { required: true, whitespace: true, message: t('cases.common.required') };

  return (
    <Modal
      open={open}
      title={t('cases.letters.issue')}
      okText={t('cases.letters.issue')}
      cancelText={t('common.cancel')}
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<LetterFormValues>
        form={form}
        layout="vertical"
        name="issue-letter"
        initialValues={{ kind: initialKind, recipient: recipientFor(initialKind) }}
        onValuesChange={(changed: Partial<LetterFormValues>) => {
          // A new kind brings its own addressee, unless the officer has written one of their own.
          if (!changed.kind) return;
          const recipient = form.getFieldValue('recipient') as string | undefined;
          const others = kinds.filter((k) => k !== changed.kind).map(recipientFor);
          if (!recipient?.trim() || others.includes(recipient))
            form.setFieldValue('recipient', recipientFor(changed.kind));
        }}
        onFinish={(values) => issue.mutate(values)}
      >
        <Form.Item label={t('cases.letters.kind')} name="kind" rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: letterKindLabel(k, language) }))} />
        </Form.Item>
        {statutory ? (
          <Alert
            type="info"
            showIcon
            title={t('cases.letters.statutory', { count: statutory })}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <Form.Item
            label={t('cases.letters.responseWorkingDays')}
            name="responseWorkingDays"
            extra={t('cases.letters.noDeadline')}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item label={t('cases.letters.recipient')} name="recipient" rules={[{ ...required, min: 2 }]}>
          <Input maxLength={120} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('cases.letters.facts')} name="facts" rules={[{ ...required, min: 5 }]}>
          <Input.TextArea rows={4} maxLength={10_000} />
        </Form.Item>
        <Form.Item label={t('cases.letters.requests')} name="requests" rules={[{ ...required, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
