import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  List,
  Progress,
  Radio,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseTypes } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { useLanguage, useSession } from '../../../shell/session';
import { fieldErrors } from '../../admin/field-errors';
import { caseKeys, fetchFormOptions } from '../../cases/api';
import { maxAttachmentBytes, uploadAttachment } from '../../cases/attachments/upload';
import { typeLabel } from '../../cases/labels';
import { useRegions } from '../../registry/scope';
import { fileComplaint } from './api';
import {
  amountPattern,
  complaintRequest,
  phonePattern,
  refusedFiles,
  type ComplaintFormValues,
} from './complaint-form';
import { CityDatePicker } from '../../../shared/CityDatePicker';
import { cityToday } from '../../../shell/city-today';
import { BackLink } from '../../../shared/BackLink';
import { localized } from '../../../i18n/localized';

type Values = Omit<ComplaintFormValues, 'occurredOn'> & { occurredOn?: Dayjs };
interface Queued {
  uid: string;
  file: File;
  percent?: number;
}
const fields = [
  'type',
  'platformCode',
  'employerName',
  'title',
  'description',
  'amountClaimed',
  'occurredOn',
  'district',
  'street',
  'workerName',
  'workerPhone',
] as const;

/**
 * A worker's complaint from a phone: one column, large targets, labels on every field, the keyboard suited to
 * each (numbers, phone). Files are chosen first and sent once the complaint exists, each with its progress.
 */
export function ComplaintForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const options = useQuery({ queryKey: caseKeys.formOptions, queryFn: fetchFormOptions });
  const [form] = Form.useForm<Values>();
  const district = Form.useWatch('district', form);
  const [files, setFiles] = useState<Queued[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const streets = regions.data?.districts.find((d) => d.code === district)?.streets ?? [];

  const submit = async (values: Values) => {
    setProblems([]);
    setSending(true);
    try {
      const typeName = typeLabel(values.type ?? 'other', language);
      const created = await fileComplaint(
        complaintRequest(
          { ...values, occurredOn: values.occurredOn?.format('YYYY-MM-DD') },
          typeName,
          language,
        ),
      );
      for (const queued of files) {
        try {
          await uploadAttachment(created.id, queued.file, session.data?.csrfToken, (percent) =>
            setFiles((all) => all.map((f) => (f.uid === queued.uid ? { ...f, percent } : f))),
          );
        } catch (error) {
          void message.error(
            t('complaints.form.uploadFailed', {
              name: queued.file.name,
              message: errorMessage(error, language),
            }),
          );
        }
      }
      void message.success(t('complaints.form.submitted', { number: created.number }));
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      void navigate(`/me/complaints/${created.id}`);
    } catch (error) {
      const { byField, general } = fieldErrors(error, fields, language);
      form.setFields(byField.map(({ field, errors }) => ({ name: field, errors })));
      setProblems([errorMessage(error, language), ...general]);
    } finally {
      setSending(false);
    }
  };

  const addFiles = (picked: File[]) => {
    const { tooLarge, wrongType } = refusedFiles(picked, maxAttachmentBytes);
    const refused = new Set([...tooLarge, ...wrongType]);
    const notes = [
      tooLarge.length ? t('complaints.rules.tooLarge', { names: tooLarge.join('、') }) : '',
      wrongType.length ? t('complaints.rules.wrongType', { names: wrongType.join('、') }) : '',
    ].filter(Boolean);
    if (notes.length) void message.warning(notes.join(' '));
    setFiles((all) => [
      ...all,
      ...picked
        .filter((f) => !refused.has(f.name))
        .map((file) => ({ uid: `${file.name}-${file.size}-${file.lastModified}`, file })),
    ]);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 560 }}>
      <BackLink to="/me">{t('complaints.form.back')}</BackLink>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('complaints.form.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('complaints.form.intro')}</Typography.Text>
      </div>
      {problems.length > 0 && (
        <Alert type="error" showIcon role="alert" title={problems.join(' ')} data-testid="complaint-error" />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="complaint"
        size="large"
        requiredMark
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <Form.Item
          label={t('complaints.form.type')}
          name="type"
          rules={[{ required: true, message: t('complaints.rules.type') }]}
        >
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={caseTypes.map((c) => ({ value: c, label: typeLabel(c, language) }))}
          />
        </Form.Item>
        <Form.Item label={t('complaints.form.platform')} name="platformCode">
          <Select
            allowClear
            placeholder={t('complaints.form.platformPlaceholder')}
            loading={options.isLoading}
            options={(options.data?.platforms ?? []).map((p) => ({
              value: p.code,
              label: language === 'en' ? p.nameEn : p.nameZh,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('complaints.form.employer')} name="employerName">
          <Input maxLength={120} placeholder={t('complaints.form.employerPlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('complaints.form.description')}
          name="description"
          rules={[{ required: true, min: 5, whitespace: true, message: t('complaints.rules.description') }]}
        >
          <Input.TextArea
            rows={5}
            maxLength={5000}
            showCount
            placeholder={t('complaints.form.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          label={t('complaints.form.amount')}
          name="amountClaimed"
          rules={[{ pattern: amountPattern, message: t('complaints.rules.amount') }]}
        >
          <Input inputMode="decimal" maxLength={15} placeholder={t('complaints.form.amountPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('complaints.form.occurredOn')} name="occurredOn">
          <CityDatePicker
            inputReadOnly
            disabledDate={(d) => d.isAfter(cityToday(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          label={t('complaints.form.district')}
          name="district"
          rules={[{ required: true, message: t('complaints.rules.district') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            onChange={() => form.setFieldValue('street', undefined)}
            options={(regions.data?.districts ?? []).map((d) => ({
              value: d.code,
              label: language === 'en' ? d.en : d.zh,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('complaints.form.street')} name="street">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={streets.length === 0}
            placeholder={t('complaints.form.streetPlaceholder')}
            options={streets.map((s) => ({ value: s.code, label: localized(s, language) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('complaints.form.name')}
          name="workerName"
          rules={[{ required: true, whitespace: true, message: t('complaints.rules.name') }]}
        >
          <Input maxLength={60} autoComplete="name" />
        </Form.Item>
        <Form.Item
          label={t('complaints.form.phone')}
          name="workerPhone"
          rules={[
            { required: true, message: t('complaints.rules.phone') },
            { pattern: phonePattern, message: t('complaints.rules.phone') },
          ]}
        >
          <Input inputMode="tel" maxLength={20} autoComplete="tel" />
        </Form.Item>
        <Form.Item label={t('complaints.form.attachments')} extra={t('complaints.form.attachmentsHint')}>
          <Upload
            multiple
            accept="image/jpeg,image/png,application/pdf"
            showUploadList={false}
            beforeUpload={(file, list) => {
              if (file === list[0]) addFiles(list);
              return false;
            }}
          >
            <Button icon={<PaperClipOutlined />}>{t('complaints.form.pick')}</Button>
          </Upload>
          <List
            size="small"
            dataSource={files}
            data-testid="complaint-files"
            renderItem={(f) => (
              <List.Item
                actions={[
                  <Button
                    key="remove"
                    type="text"
                    icon={<DeleteOutlined />}
                    disabled={sending}
                    aria-label={t('complaints.form.remove', { name: f.file.name })}
                    onClick={() => setFiles((all) => all.filter((x) => x.uid !== f.uid))}
                  />,
                ]}
              >
                <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                  <Typography.Text ellipsis>{f.file.name}</Typography.Text>
                  {f.percent !== undefined && <Progress percent={f.percent} size="small" />}
                </Space>
              </List.Item>
            )}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={sending} data-testid="complaint-submit">
          {sending ? t('complaints.form.submitting') : t('complaints.form.submit')}
        </Button>
      </Form>
    </Space>
  );
}
