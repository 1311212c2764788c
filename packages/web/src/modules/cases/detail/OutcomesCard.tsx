import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { outcomeKinds, type CaseDetail, type OutcomeKind } from '@gigpact/contracts';
import { useLanguage, useSession } from '../../../shell/session';
import { recordOutcome } from '../api';
import { formatYuan, outcomeKindLabel } from '../labels';
import type { CaseAbilities } from '../permissions';
import { showFieldErrors } from './form-errors';
import { useCaseChange } from './use-case-change';
import { cityToday } from '../../../shell/city-today';

type Outcome = CaseDetail['outcomes'][number];
interface OutcomeForm {
  kind: OutcomeKind;
  decidedOn: Dayjs;
  authority?: string;
  amount?: string;
  note?: string;
  rectificationWorkingDays?: number | null;
}
const fields = ['kind', 'decidedOn', 'authority', 'amount', 'note', 'rectificationWorkingDays'] as const;
const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;

/** What came of the case: procuratorial recommendations, filings, penalties, rectification, money recovered. */
export function OutcomesCard({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OutcomeForm>();
  const kind = Form.useWatch('kind', form);
  const save = useCaseChange(
    detail.id,
    (v: OutcomeForm) =>
      recordOutcome(detail.id, {
        kind: v.kind,
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        authority: (v.authority ?? '').trim(),
        amount: v.amount?.trim() || null,
        note: v.note?.trim() || null,
        rectificationWorkingDays:
          v.kind === 'rectification_ordered' ? (v.rectificationWorkingDays ?? null) : null,
      }),
    {
      success: (v) => t('cases.outcomes.saved', { kind: outcomeKindLabel(v.kind, language) }),
      onDone: () => {
        form.resetFields();
        setOpen(false);
      },
      onFailure: (error) => showFieldErrors(form, error, fields, language),
    },
  );
  const defaultKind: OutcomeKind =
    session.data?.user.role === 'procurator' ? 'procuratorial_recommendation' : 'rectification_ordered';

  return (
    <Card
      size="small"
      title={t('cases.outcomes.title')}
      data-testid="case-outcomes"
      extra={
        abilities.recordOutcome && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('cases.outcomes.add')}
          </Button>
        )
      }
    >
      <Table<Outcome>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.outcomes}
        locale={{ emptyText: t('cases.outcomes.none') }}
        columns={[
          {
            title: t('cases.outcomes.kind'),
            dataIndex: 'kind',
            render: (k: OutcomeKind) => outcomeKindLabel(k, language),
          },
          { title: t('cases.outcomes.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          { title: t('cases.outcomes.authority'), dataIndex: 'authority' },
          {
            title: t('cases.outcomes.amount'),
            dataIndex: 'amount',
            render: (a: string | null) => formatYuan(a),
          },
          { title: t('cases.outcomes.note'), dataIndex: 'note', ellipsis: true },
        ]}
      />
      <Modal
        open={open}
        title={t('cases.outcomes.add')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Form<OutcomeForm>
          form={form}
          layout="vertical"
          name="record-outcome"
          initialValues={{ kind: defaultKind, decidedOn: cityToday() }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item label={t('cases.outcomes.kind')} name="kind" rules={[{ required: true }]}>
            <Select options={outcomeKinds.map((k) => ({ value: k, label: outcomeKindLabel(k, language) }))} />
          </Form.Item>
          <Form.Item
            label={t('cases.outcomes.decidedOn')}
            name="decidedOn"
            rules={[{ required: true, message: t('cases.common.required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label={t('cases.outcomes.authority')}
            name="authority"
            rules={[{ required: true, min: 2, whitespace: true, message: t('cases.common.required') }]}
          >
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item
            label={t('cases.outcomes.amount')}
            name="amount"
            rules={[{ pattern: amountPattern, message: t('cases.common.amountRule') }]}
          >
            <Input inputMode="decimal" maxLength={15} />
          </Form.Item>
          {kind === 'rectification_ordered' && (
            <Form.Item label={t('cases.outcomes.rectificationWorkingDays')} name="rectificationWorkingDays">
              <InputNumber min={1} max={250} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item label={t('cases.outcomes.note')} name="note">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
