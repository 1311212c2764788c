import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { industries } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { industryLabel } from '../labels';
import { newAgreementSource, type AgreementHeader } from './agreement-yaml';
import { ClauseFormEditor } from './ClauseFormEditor';

const partyRoles = [
  'union',
  'platform',
  'franchisee',
  'partner',
  'government',
  'worker_representatives',
  'other',
] as const;

interface HeaderValues extends Omit<AgreementHeader, 'effectiveFrom'> {
  effectiveFrom: Dayjs;
}

/**
 * A new agreement from forms alone: first its number, title, industry, platforms, parties and effective date, then
 * its clauses in the clause form editor, which records it as a draft.
 */
export function NewAgreementForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<HeaderValues>();
  const [values, setValues] = useState<HeaderValues>();
  const [start, setStart] = useState<string>();

  if (start !== undefined)
    return <ClauseFormEditor key={start} start={start} onBack={() => setStart(undefined)} />;

  return (
    <Card size="small" title={t('agreements.form.header')} data-testid="agreement-header-form">
      <Form<HeaderValues>
        form={form}
        layout="vertical"
        style={{ maxWidth: 720 }}
        initialValues={
          values ?? {
            platforms: [],
            parties: [
              { name: '', role: 'union' },
              { name: '', role: 'platform' },
            ],
          }
        }
        onFinish={(header) => {
          setValues(header);
          setStart(
            newAgreementSource({ ...header, effectiveFrom: header.effectiveFrom.format('YYYY-MM-DD') }),
          );
        }}
      >
        <p style={{ color: '#8c8c8c', marginTop: 0 }}>{t('agreements.form.headerIntro')}</p>
        <Form.Item
          name="id"
          label={t('agreements.form.agreementId')}
          extra={t('agreements.form.agreementIdHelp')}
          rules={[
            { required: true, message: t('agreements.form.required') },
            { pattern: /^[a-z0-9][a-z0-9_.-]*$/, message: t('agreements.form.agreementIdPattern') },
          ]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('agreements.form.agreementTitle')}
          rules={[{ required: true, whitespace: true, message: t('agreements.form.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('agreements.form.agreementTitleEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="industry"
            label={t('agreements.form.industry')}
            rules={[{ required: true, message: t('agreements.form.required') }]}
            style={{ minWidth: 200 }}
          >
            <Select options={industries.map((i) => ({ value: i, label: industryLabel(i, language) }))} />
          </Form.Item>
          <Form.Item
            name="effectiveFrom"
            label={t('agreements.form.effectiveFrom')}
            rules={[{ required: true, message: t('agreements.form.required') }]}
          >
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item
          name="platforms"
          label={t('agreements.form.platforms')}
          extra={t('agreements.form.platformsHelp')}
        >
          <Select mode="tags" tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Form.Item label={t('agreements.form.parties')} required={false}>
          <Form.List name="parties">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: t('agreements.form.required') }]}
                      style={{ flex: '1 1 240px', marginBottom: 0 }}
                    >
                      <Input aria-label={`${t('agreements.form.partyName')} ${index + 1}`} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} style={{ width: 180, marginBottom: 0 }}>
                      <Select
                        aria-label={`${t('agreements.form.partyRole')} ${index + 1}`}
                        options={partyRoles.map((role) => ({
                          value: role,
                          label: t(`agreements.form.roles.${role}`),
                        }))}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('agreements.form.removeParty')}</Button>
                  </Flex>
                ))}
                <Button onClick={() => add({ name: '', role: 'other' })}>
                  {t('agreements.form.addParty')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="agreement-header-next">
          {t('agreements.form.next')}
        </Button>
      </Form>
    </Card>
  );
}
