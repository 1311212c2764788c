import { App, Button, Card, List, Progress, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { downloadFile } from '../../../api/files';
import { formatCityTime } from '../../../shared/city-time';
import { useLanguage, useSession } from '../../../shell/session';
import { attachmentPath, caseKeys } from '../api';
import { attachmentAccept, maxAttachmentBytes, uploadAttachment } from '../attachments/upload';
import type { CaseAbilities } from '../permissions';

/** The files on the case: each with its size and fingerprint, downloadable; new ones upload with progress. */
export function AttachmentsCard({ detail, abilities }: { detail: CaseDetail; abilities: CaseAbilities }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ name: string; percent: number }>();

  const upload = async (file: File) => {
    if (file.size > maxAttachmentBytes) {
      void message.error(t('cases.attachments.tooLarge', { name: file.name }));
      return;
    }
    setProgress({ name: file.name, percent: 0 });
    try {
      await uploadAttachment(detail.id, file, session.data?.csrfToken, (percent) =>
        setProgress({ name: file.name, percent }),
      );
      void message.success(t('cases.attachments.uploaded', { name: file.name }));
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(detail.id) });
    } catch (error) {
      void message.error(errorMessage(error, language));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Card
      size="small"
      title={t('cases.attachments.title')}
      data-testid="case-attachments"
      extra={
        abilities.attach && (
          <Upload
            accept={attachmentAccept}
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={progress !== undefined}>
              {t('cases.attachments.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {progress && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{progress.name}</Typography.Text>
          <Progress percent={progress.percent} size="small" />
        </Space>
      )}
      <List
        size="small"
        dataSource={detail.attachments}
        locale={{ emptyText: t('cases.attachments.none') }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                aria-label={`${t('cases.attachments.download')} ${a.fileName}`}
                disabled={!detail.personalDataShown}
                title={detail.personalDataShown ? undefined : t('cases.common.filesWithheld')}
                onClick={() =>
                  void downloadFile(attachmentPath(detail.id, a.id), a.fileName).catch((error: unknown) => {
                    void message.error(errorMessage(error, language));
                  })
                }
              />,
            ]}
          >
            <Space>
              <PaperClipOutlined />
              <Typography.Text>{a.fileName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {(a.size / 1024).toFixed(1)} KB · {formatCityTime(a.uploadedAt).slice(0, 10)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {abilities.attach && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases.attachments.hint')}
        </Typography.Text>
      )}
    </Card>
  );
}
