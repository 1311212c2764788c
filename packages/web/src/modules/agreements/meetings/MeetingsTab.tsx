import { Alert, Button, Flex, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { MeetingSummary } from '@gigpact/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/api-error';
import { useLanguage, useSession } from '../../../shell/session';
import { listMeetings, mayRecordMeetings, meetingKeys } from './api';
import { regionLabel } from './region-options';

/** The meetings held over one agreement, newest first. */
export function MeetingsTab({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const query = useQuery({
    queryKey: meetingKeys.list(agreementId),
    queryFn: () => listMeetings(agreementId),
  });
  const base = `/agreements/${encodeURIComponent(agreementId)}/meetings`;
  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error, language)} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('agreements.meetings.intro')}</Typography.Text>
        {mayRecordMeetings(session.data?.user.role) && (
          <Link to={`${base}/new`}>
            <Button type="primary" data-testid="meeting-record">
              {t('agreements.meetings.record')}
            </Button>
          </Link>
        )}
      </Flex>
      <Table<MeetingSummary>
        rowKey="id"
        size="middle"
        loading={query.isLoading}
        dataSource={query.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('agreements.meetings.none') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('agreements.meetings.heldOn'), dataIndex: 'heldOn', width: 110 },
          {
            title: t('agreements.meetings.title'),
            render: (_, m) => <Link to={`${base}/${m.id}`}>{m.title}</Link>,
          },
          { title: t('agreements.meetings.place'), dataIndex: 'place', width: 220 },
          {
            title: t('agreements.meetings.region'),
            width: 140,
            render: (_, m) => regionLabel(m.regionCode, language),
          },
          {
            title: t('agreements.meetings.counts'),
            width: 170,
            render: (_, m) =>
              [
                m.proposalCounts.agreed,
                m.proposalCounts.rejected,
                m.proposalCounts.deferred,
                m.proposalCounts.pending,
              ]
                .map(String)
                .join(' / '),
          },
          { title: t('agreements.meetings.openFollowUps'), dataIndex: 'openFollowUps', width: 110 },
        ]}
      />
    </Flex>
  );
}
