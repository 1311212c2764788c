import {
  App,
  Button,
  Card,
  Descriptions,
  List,
  Space,
  Spin,
  Steps,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { useLanguage, useSession } from '../../../shell/session';
import { formatTime } from '../../admin/format';
import { caseKeys, getCase } from '../../cases/api';
import { maxAttachmentBytes, uploadAttachment } from '../../cases/attachments/upload';
import { isEventKind, statusColours, statusLabel, typeLabel } from '../../cases/labels';
import { registerCaseMessages } from '../../cases/register-messages';
import { DeadlinesCard } from '../../cases/detail/DeadlinesCard';
import { BackLink } from '../../../shared/BackLink';
import { LoadFailure } from '../../../shared/LoadFailure';

registerCaseMessages();

/** The path a complaint takes as a worker sees it: received, reviewed, worked on, closed. */
const progress: CaseStatus[][] = [
  ['intake'],
  ['triage'],
  ['supervision', 'mediation', 'referral', 'resolution'],
  ['closed'],
];

/** One of the worker's complaints: where it stands, what has been done, and more files if they have them. */
export function ComplaintDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<{ name: string; percent: number }>();
  const query = useQuery({ queryKey: caseKeys.detail(id), queryFn: () => getCase(id) });
  const back = <BackLink to="/me">{t('complaints.detail.back')}</BackLink>;
  if (query.isLoading) return <Spin />;
  if (!query.data)
    return <LoadFailure error={query.error} notFound={t('complaints.detail.notFound')} back={back} />;
  const c = query.data;
  const current = progress.findIndex((states) => states.includes(c.status));

  const send = async (file: File) => {
    if (file.size > maxAttachmentBytes) {
      void message.error(t('complaints.rules.tooLarge', { names: file.name }));
      return;
    }
    setUpload({ name: file.name, percent: 0 });
    try {
      await uploadAttachment(c.id, file, session.data?.csrfToken, (percent) =>
        setUpload({ name: file.name, percent }),
      );
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(c.id) });
    } catch (error) {
      void message.error(
        t('complaints.form.uploadFailed', { name: file.name, message: errorMessage(error, language) }),
      );
    } finally {
      setUpload(undefined);
    }
  };

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%', maxWidth: 560 }}
      data-testid="complaint-detail"
    >
      {back}
      <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
        {c.title}
      </Typography.Title>
      <Card size="small" title={t('complaints.detail.status')}>
        <Tag color={statusColours[c.status]} data-testid="complaint-status">
          {statusLabel(c.status, language)}
        </Tag>
        <Steps
          orientation="vertical"
          size="small"
          current={current}
          style={{ marginTop: 12 }}
          items={progress.map((states) => ({
            title: statusLabel(states.includes(c.status) ? c.status : states[0]!, language),
          }))}
        />
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('complaints.detail.number')}>{c.number}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.form.type')}>
            {typeLabel(c.type, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.detail.openedOn')}>{c.openedOn}</Descriptions.Item>
        </Descriptions>
      </Card>
      {c.deadlines.length > 0 && <DeadlinesCard deadlines={c.deadlines} />}
      <Card size="small" title={t('complaints.detail.steps')}>
        <Timeline
          items={c.timeline.map((e, i) => ({
            key: `${e.at}-${i}`,
            content: (
              <>
                <Typography.Text strong>
                  {isEventKind(e.kind) ? t(`cases.timeline.kinds.${e.kind}`) : e.kind}
                </Typography.Text>
                {e.toStatus && <Typography.Text> · {statusLabel(e.toStatus, language)}</Typography.Text>}
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(e.at, '')}
                </Typography.Text>
              </>
            ),
          }))}
        />
      </Card>
      <Card
        size="small"
        title={t('complaints.detail.attachments')}
        extra={
          <Upload
            accept="image/jpeg,image/png,application/pdf"
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload !== undefined}>
              {t('complaints.detail.addFiles')}
            </Button>
          </Upload>
        }
      >
        {upload && (
          <Typography.Text>
            {t('complaints.form.uploading', { name: upload.name })} {upload.percent}%
          </Typography.Text>
        )}
        <List
          size="small"
          dataSource={c.attachments}
          renderItem={(a) => (
            <List.Item>
              <PaperClipOutlined /> {a.fileName}
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
