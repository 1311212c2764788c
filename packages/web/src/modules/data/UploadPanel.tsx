import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Progress,
  Radio,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { canonicalDatasets, datasetFormats, datasetKinds, platformFormatKinds } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { datasetKeys, uploadDataset, type DatasetFormat, type UploadOptions } from './api';
import { formatBytes } from './format';
import { isPlatformFormat, kindRequired } from './formats';
import { FormatName } from './FormatName';
import { ValidationReport } from './ValidationReport';

const encodings = ['auto', 'utf-8', 'gb18030'];

/** Upload a platform export with its options, watch it go, cancel it, and read the validation report. */
export function UploadPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UploadOptions>();
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<{ loaded: number; total: number }>();
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController>(undefined);
  const upload = useMutation({
    mutationFn: (options: UploadOptions) => {
      controller.current = new AbortController();
      setCancelled(false);
      setProgress({ loaded: 0, total: file!.size });
      return uploadDataset(file!, options, session.data?.csrfToken, setProgress, controller.current.signal);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: datasetKeys.all }),
    onError: (error) => {
      if (error instanceof DOMException && error.name === 'AbortError') setCancelled(true);
    },
  });
  const sending = upload.isPending && progress !== undefined && progress.loaded < progress.total;
  const percent = progress && progress.total ? Math.floor((progress.loaded / progress.total) * 100) : 0;
  const issues = upload.error instanceof ApiError ? upload.error.issues : [];
  // The kind is asked for unless a platform's own format gives it.
  const format = Form.useWatch('format', form);
  const formatKind = format ? platformFormatKinds[format] : undefined;
  const formatOption = (f: DatasetFormat) => ({
    value: f,
    label: <FormatName format={f} />,
    title: t(`data.formats.${f}`),
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('data.upload.intro')}</Typography.Text>
      <Card size="small">
        <Form<UploadOptions>
          form={form}
          layout="vertical"
          initialValues={{ encoding: 'auto', policy: 'quarantine' }}
          onFinish={(options) => upload.mutate(options)}
          disabled={upload.isPending}
        >
          <Form.Item label={t('data.upload.file')} required>
            <Upload.Dragger
              data-testid="dataset-file"
              multiple={false}
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                upload.reset();
                return false;
              }}
              onRemove={() => setFile(undefined)}
              fileList={file ? [{ uid: 'file', name: `${file.name} (${formatBytes(file.size)})` }] : []}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>{t('data.upload.drop')}</p>
            </Upload.Dragger>
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="kind"
              label={t('data.upload.kind')}
              extra={
                formatKind
                  ? t('data.upload.kindFromFormat', {
                      kind: localized(canonicalDatasets[formatKind], language),
                    })
                  : t('data.upload.kindHelp')
              }
              required={kindRequired(format)}
              rules={[
                ({ getFieldValue }) => ({
                  required: kindRequired(getFieldValue('format') as string | undefined),
                  message: t('data.upload.kindRequired'),
                }),
              ]}
              style={{ minWidth: 240 }}
            >
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                data-testid="dataset-kind"
                options={datasetKinds.map((k) => ({
                  value: k,
                  label: localized(canonicalDatasets[k], language),
                }))}
              />
            </Form.Item>
            <Form.Item name="format" label={t('data.upload.format')} style={{ minWidth: 260 }}>
              <Select
                allowClear
                data-testid="dataset-format"
                placeholder={t('data.upload.formatAuto')}
                // A kind refused as missing is checked again: a platform's own format may not need it.
                onChange={() => {
                  // A refusal shows under the field; the promise's rejection says nothing more.
                  if (form.getFieldError('kind').length > 0)
                    form.validateFields(['kind']).catch(() => undefined);
                }}
                popupMatchSelectWidth={false}
                options={[
                  {
                    label: t('data.upload.generalFormats'),
                    options: datasetFormats.filter((f) => !isPlatformFormat(f)).map(formatOption),
                  },
                  {
                    label: t('data.upload.platformFormats'),
                    options: datasetFormats.filter(isPlatformFormat).map(formatOption),
                  },
                ]}
              />
            </Form.Item>
            <Form.Item name="encoding" label={t('data.upload.encoding')} style={{ minWidth: 160 }}>
              <Select
                options={encodings.map((e) => ({
                  value: e,
                  label: e === 'auto' ? t('data.upload.encodingAuto') : e,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="platform"
              label={t('data.upload.platform')}
              extra={t('data.upload.platformHelp')}
              rules={[{ pattern: /^[a-z0-9_]+$/ }]}
              style={{ minWidth: 200 }}
            >
              <Input data-testid="dataset-platform" />
            </Form.Item>
          </Flex>
          <Form.Item name="policy" label={t('data.upload.policy')}>
            <Radio.Group>
              <Radio value="quarantine">{t('data.upload.quarantine')}</Radio>
              <Radio value="reject" data-testid="policy-reject">
                {t('data.upload.reject')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            disabled={!file || upload.isPending}
            data-testid="dataset-upload"
          >
            {t('data.upload.start')}
          </Button>
        </Form>
      </Card>
      {upload.isPending && progress && (
        <Card size="small" data-testid="upload-progress">
          <Progress percent={percent} status="active" />
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text data-testid="upload-progress-text">
              {sending
                ? t('data.upload.sending', {
                    loaded: formatBytes(progress.loaded),
                    total: formatBytes(progress.total),
                  })
                : t('data.upload.validating')}
            </Typography.Text>
            <Button danger onClick={() => controller.current?.abort()} data-testid="upload-cancel">
              {t('data.upload.cancel')}
            </Button>
          </Flex>
        </Card>
      )}
      {cancelled && (
        <Alert type="warning" showIcon title={t('data.upload.cancelled')} data-testid="upload-cancelled" />
      )}
      {upload.error && !cancelled && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(upload.error, language)}
          description={
            issues.length ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {issues.map((issue, i) => (
                  <li key={i}>{localized(issue, language)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {upload.data && <ValidationReport result={upload.data} />}
    </Space>
  );
}
