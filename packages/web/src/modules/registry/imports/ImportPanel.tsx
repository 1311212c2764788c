import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Radio, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { saveBlob } from '../../../api/files';
import { importList } from '../../../api/registry';
import { fieldErrors } from '../../admin/field-errors';
import { useLanguage, useSession } from '../../../shell/session';
import { ImportReportView } from './ImportReportView';
import { templateCsv } from './templates';

/**
 * Upload of an enterprise or member list. The server writes every row or none; its report names each rejected
 * cell, so the user fixes the file and uploads it again. A check without writing comes first if wished.
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('enterprises');
  const [file, setFile] = useState<File>();

  const upload = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => importList(kind, file!, dryRun, session.data?.csrfToken),
    onSuccess: (report) => {
      if (report.imported > 0) void queryClient.invalidateQueries({ queryKey: ['registry'] });
    },
  });

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('registry.import.title')}>
        <Typography.Paragraph type="secondary">{t('registry.import.intro')}</Typography.Paragraph>
        <Form layout="horizontal" labelCol={{ flex: '96px' }} name="import">
          <Form.Item label={t('registry.import.kind')} htmlFor="import-kind">
            <Radio.Group
              id="import-kind"
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ImportKind);
                upload.reset();
              }}
              options={[
                { value: 'enterprises', label: t('registry.import.kindEnterprises') },
                { value: 'members', label: t('registry.import.kindMembers') },
              ]}
            />
          </Form.Item>
          {kind === 'members' && (
            <Alert
              type="info"
              showIcon
              title={t('registry.import.membersNote')}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form.Item label={t('registry.import.file')}>
            <Space wrap>
              <Upload
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                showUploadList={false}
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  upload.reset();
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="import-choose">
                  {t('registry.import.choose')}
                </Button>
              </Upload>
              <Typography.Text data-testid="import-file-name" type={file ? undefined : 'secondary'}>
                {file?.name ?? t('registry.import.noFile')}
              </Typography.Text>
              <Button
                type="link"
                icon={<DownloadOutlined />}
                onClick={() =>
                  saveBlob(
                    new Blob([templateCsv(kind)], { type: 'text/csv;charset=utf-8' }),
                    `${kind}-template.csv`,
                  )
                }
                data-testid="import-template"
              >
                {t('registry.import.template')}
              </Button>
            </Space>
          </Form.Item>
          <Form.Item label=" " colon={false} style={{ marginBottom: 0 }}>
            <Space>
              <Button
                disabled={!file}
                loading={upload.isPending && upload.variables?.dryRun === true}
                onClick={() => upload.mutate({ dryRun: true })}
                data-testid="import-check"
              >
                {t('registry.import.check')}
              </Button>
              <Button
                type="primary"
                disabled={!file}
                loading={upload.isPending && upload.variables?.dryRun === false}
                onClick={() => upload.mutate({ dryRun: false })}
                data-testid="import-run"
              >
                {t('registry.import.run')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(upload.error, language)}
          description={fieldErrors(upload.error, [], language).general.join(' ') || undefined}
          data-testid="import-error"
        />
      )}
      {upload.data && (
        <Card size="small">
          <ImportReportView report={upload.data} />
        </Card>
      )}
    </Flex>
  );
}
