import { useState } from 'react';
import { Alert, App, Button, Form, Input, Space, Upload } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { decodeText, TextEncodingError, type AgreementDetail } from '@gigpact/contracts';
import { ApiError, errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage } from '../../shell/session';
import { agreementKeys, saveAgreement } from './api';

interface Values {
  source: string;
  summary: string;
}

/** Records a new agreement, or a new version of `existing`, from its YAML text; problems come back by line. */
export function AgreementEditor({ existing }: { existing?: AgreementDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>();
  const save = useMutation({
    mutationFn: (values: Values) =>
      saveAgreement({
        source: values.source,
        summary: values.summary ?? '',
        rowVersion: existing?.rowVersion,
      }),
    onSuccess: async (saved) => {
      setProblem(undefined);
      await queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      void message.success(
        existing
          ? t('agreements.edit.saved', { number: saved.currentVersion })
          : t('agreements.edit.created', { id: saved.id }),
      );
      void navigate(`/agreements/${encodeURIComponent(saved.id)}/${existing ? 'history' : 'clauses'}`);
    },
    onError: async (error) => {
      setProblem(error);
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      }
    },
  });
  const issues = problem instanceof ApiError ? problem.issues : [];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ source: existing?.source ?? '', summary: '' }}
      onFinish={(values) => save.mutate(values)}
    >
      {problem !== undefined && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={issues.length ? t('agreements.edit.problems') : errorMessage(problem, language)}
          description={
            issues.length ? (
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="agreement-problems">
                {issues.map((issue, index) => (
                  <li key={index}>{localized(issue, language)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form.Item
        name="source"
        label={t('agreements.edit.source')}
        extra={t('agreements.edit.sourceHelp')}
        rules={[{ required: true }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 14, maxRows: 30 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      {existing && (
        <Form.Item
          name="summary"
          label={t('agreements.edit.summary')}
          extra={t('agreements.edit.summaryHelp')}
        >
          <Input maxLength={500} />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {existing ? t('agreements.edit.save') : t('agreements.edit.create')}
        </Button>
        <Upload
          accept=".yaml,.yml,.json"
          showUploadList={false}
          beforeUpload={async (file) => {
            // UTF-8, or GB18030 as Chinese Windows saves text; anything else is said, not shown garbled.
            try {
              const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
              form.setFieldValue('source', text);
              if (encoding === 'gb18030')
                void message.info(t('agreements.edit.readAsGb18030', { file: file.name }));
            } catch (error) {
              if (!(error instanceof TextEncodingError)) throw error;
              void message.error(localized(error, language));
            }
            return false;
          }}
        >
          <Button>{t('agreements.edit.loadFile')}</Button>
        </Upload>
      </Space>
    </Form>
  );
}
