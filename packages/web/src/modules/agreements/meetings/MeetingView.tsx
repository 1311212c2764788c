import { Alert, App, Button, Checkbox, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cityDate,
  participantRoleNames,
  proposalOutcomeNames,
  type MeetingDetail,
  type ProposalOutcome,
} from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { PageSpinner } from '../../../shell/PageSpinner';
import { useLanguage, useSession } from '../../../shell/session';
import { getMeeting, markFollowUp, mayRecordMeetings, meetingKeys } from './api';
import { regionLabel } from './region-options';

export const outcomeColours: Record<ProposalOutcome, string> = {
  pending: 'default',
  agreed: 'success',
  rejected: 'error',
  deferred: 'warning',
};

/** One meeting: who took part, the proposals and their outcomes, the follow-ups (ticked off here) and the minutes. */
export function MeetingView({ agreementId, meetingId }: { agreementId: string; meetingId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: meetingKeys.detail(meetingId), queryFn: () => getMeeting(meetingId) });
  const mark = useMutation({
    mutationFn: (v: { followUpId: string; done: boolean; meeting: MeetingDetail }) =>
      markFollowUp(meetingId, v.followUpId, v.done, v.meeting.rowVersion),
    onSuccess: (updated) => {
      queryClient.setQueryData(meetingKeys.detail(meetingId), updated);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.list(agreementId) });
    },
    onError: (error) => {
      void message.error(
        error instanceof ApiError && error.code === 'CONFLICT'
          ? t('agreements.meetings.conflict')
          : errorMessage(error, language),
      );
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
    },
  });
  const base = `/agreements/${encodeURIComponent(agreementId)}/meetings`;
  const back = <Link to={base}>← {t('agreements.meetings.back')}</Link>;
  if (query.isLoading) return <PageSpinner />;
  if (query.error || !query.data)
    return (
      <Space direction="vertical">
        {back}
        <Alert type="error" showIcon title={errorMessage(query.error, language)} />
      </Space>
    );
  const meeting = query.data;
  const mayEdit = mayRecordMeetings(session.data?.user.role);
  const today = cityDate(new Date());

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="meeting-view">
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {meeting.title}
        </Typography.Title>
        {mayEdit && (
          <Link to={`${base}/${meeting.id}/edit`}>
            <Button data-testid="meeting-edit">{t('agreements.meetings.edit')}</Button>
          </Link>
        )}
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('agreements.meetings.heldOn')}>{meeting.heldOn}</Descriptions.Item>
        <Descriptions.Item label={t('agreements.meetings.place')}>{meeting.place}</Descriptions.Item>
        <Descriptions.Item label={t('agreements.meetings.region')}>
          {regionLabel(meeting.regionCode, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.meetings.recordedBy')}>
          {meeting.recordedBy ?? '—'}
          {meeting.updatedBy && meeting.updatedBy !== meeting.recordedBy
            ? ` · ${t('agreements.meetings.updatedBy')}: ${meeting.updatedBy}`
            : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.meetings.parties')} span={2}>
          {meeting.parties.map((p) => (
            <Tag key={p}>{p}</Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('agreements.meetings.participants')}</Typography.Text>
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={meeting.participants}
        columns={[
          { title: t('agreements.meetings.name'), dataIndex: 'name' },
          { title: t('agreements.meetings.organisation'), dataIndex: 'organisation' },
          {
            title: t('agreements.meetings.role'),
            render: (_, p) => localized(participantRoleNames[p.role], language),
          },
        ]}
      />
      <Typography.Text strong>{t('agreements.meetings.proposals')}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.proposals}
        data-testid="meeting-proposals"
        columns={[
          { title: t('agreements.meetings.proposedBy'), dataIndex: 'proposedBy', width: 160 },
          {
            title: t('agreements.meetings.clause'),
            width: 110,
            render: (_, p) => p.clauseId ?? '—',
          },
          { title: t('agreements.meetings.proposal'), dataIndex: 'text' },
          {
            title: t('agreements.meetings.outcome'),
            width: 110,
            render: (_, p) => (
              <Tag color={outcomeColours[p.outcome]}>
                {localized(proposalOutcomeNames[p.outcome], language)}
              </Tag>
            ),
          },
          { title: t('agreements.meetings.note'), dataIndex: 'note' },
        ]}
      />
      <Typography.Text strong>{t('agreements.meetings.followUps')}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.followUps}
        data-testid="meeting-follow-ups"
        columns={[
          {
            title: t('agreements.meetings.done'),
            width: 80,
            render: (_, f) => (
              <Checkbox
                aria-label={`${t('agreements.meetings.done')}: ${f.text}`}
                checked={f.done}
                disabled={!mayEdit || mark.isPending}
                onChange={(e) => mark.mutate({ followUpId: f.id, done: e.target.checked, meeting })}
              />
            ),
          },
          { title: t('agreements.meetings.followUp'), dataIndex: 'text' },
          { title: t('agreements.meetings.owner'), dataIndex: 'owner', width: 180 },
          {
            title: t('agreements.meetings.dueOn'),
            width: 160,
            render: (_, f) => (
              <Space>
                {f.dueOn}
                {!f.done && f.dueOn < today && <Tag color="error">{t('agreements.meetings.overdue')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      <Typography.Text strong>{t('agreements.meetings.minutes')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes || '—'}</Typography.Paragraph>
    </Space>
  );
}
