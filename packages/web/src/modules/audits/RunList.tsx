import { useState } from 'react';
import { Button, Flex, Progress, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditRunView } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { useLanguage, useSession } from '../../shell/session';
import { formatTime } from '../admin/format';
import { auditKeys, listRuns } from './api';
import { percentOf, titleIn } from './labels';
import { RunFindingsCount } from './RunFindingsCount';
import { RunStanding } from './RunStanding';
import { RunStatusTag } from './RunStatusTag';
import { StartRunModal } from './StartRunModal';

/** The audit runs, newest first; unfinished ones refresh until they end. */
export function RunList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const [page, setPage] = useState(1);
  const [starting, setStarting] = useState(false);
  const runs = useQuery({
    queryKey: auditKeys.runs(page),
    queryFn: () => listRuns(page),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.items.some((r) => r.status === 'queued' || r.status === 'running') ? 1500 : false,
  });
  const role = session.data?.user.role;
  const officer = role === 'city_admin' || role === 'district_officer';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('audits.runs.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('audits.runs.intro')}</Typography.Text>
        </div>
        {officer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting(true)}>
            {t('audits.runs.start')}
          </Button>
        )}
      </Flex>
      {runs.error && <Typography.Text type="danger">{errorMessage(runs.error, language)}</Typography.Text>}
      <Table<AuditRunView>
        rowKey="id"
        size="middle"
        data-testid="audit-runs"
        loading={runs.isLoading}
        dataSource={runs.data?.items ?? []}
        locale={{ emptyText: t('audits.runs.empty') }}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: runs.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: setPage,
        }}
        columns={[
          {
            title: t('audits.runs.columns.agreement'),
            dataIndex: 'agreementTitle',
            render: (title: string, run) => (
              <Link to={`/audits/runs/${run.id}`}>{titleIn(language, title, run.agreementTitleEn)}</Link>
            ),
          },
          {
            title: t('audits.runs.columns.standing'),
            width: 110,
            render: (_: unknown, run) => <RunStanding run={run} />,
          },
          {
            title: t('audits.runs.columns.status'),
            width: 110,
            render: (_: unknown, run) => <RunStatusTag run={run} />,
          },
          {
            title: t('audits.runs.columns.progress'),
            width: 200,
            render: (_: unknown, run) => (
              <Progress
                size="small"
                percent={percentOf(run.progress, run.status === 'succeeded')}
                status={run.status === 'failed' ? 'exception' : undefined}
                format={() => t(`audits.stage.${run.stage}`)}
              />
            ),
          },
          {
            title: t('audits.runs.columns.findings'),
            width: 110,
            render: (_: unknown, run) => <RunFindingsCount run={run} />,
          },
          { title: t('audits.runs.columns.asOf'), dataIndex: 'asOf', width: 120 },
          { title: t('audits.runs.columns.createdBy'), dataIndex: 'createdByName', width: 130 },
          {
            title: t('audits.runs.columns.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (at: string) => formatTime(at, ''),
          },
        ]}
      />
      <StartRunModal open={starting} onClose={() => setStarting(false)} />
    </Space>
  );
}
