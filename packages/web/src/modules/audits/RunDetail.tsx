import { Alert, App, Button, Descriptions, Flex, Popconfirm, Progress, Space, Tabs, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { formatTime } from '../admin/format';
import { CoverageTags } from '../agreements/CoverageTags';
import { auditKeys, cancelRun, getRun } from './api';
import { ClausesTable } from './ClausesTable';
import { FindingsPanel } from './FindingsPanel';
import { percentOf, titleIn } from './labels';
import { MetricsPanel } from './MetricsPanel';
import { RunFindingsCount } from './RunFindingsCount';
import { RunStanding } from './RunStanding';
import { RunStatusTag } from './RunStatusTag';
import { BackLink } from '../../shared/BackLink';

const tabs = ['clauses', 'findings', 'metrics'] as const;

/** One run: its progress while it runs (with cancel), then its per-clause results, findings and metrics. */
export function RunDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const run = useQuery({
    queryKey: auditKeys.run(id),
    queryFn: () => getRun(id),
    refetchInterval: (q) =>
      q.state.data && (q.state.data.status === 'queued' || q.state.data.status === 'running') ? 1000 : false,
  });
  const cancel = useMutation({
    mutationFn: () => cancelRun(id),
    onSuccess: (updated) => {
      queryClient.setQueryData(auditKeys.run(id), updated);
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      void message.success(t('audits.run.cancelled'));
    },
    onError: (error) => void message.error(errorMessage(error, language)),
  });
  if (run.error) return <Typography.Text type="danger">{errorMessage(run.error, language)}</Typography.Text>;
  if (!run.data) return null;
  const r = run.data;
  const unfinished = r.status === 'queued' || r.status === 'running';
  const role = session.data?.user.role;
  const officer = role === 'city_admin' || role === 'district_officer';
  const active = tabs.find((tab) => tab === params.get('tab')) ?? 'clauses';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="/audits">{t('audits.run.back')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {titleIn(language, r.agreementTitle, r.agreementTitleEn)}{' '}
          <RunStatusTag run={r} data-testid="run-status" />
          <RunStanding run={r} />
        </Typography.Title>
        {unfinished && officer && (
          <Popconfirm title={t('audits.run.cancelConfirm')} onConfirm={() => cancel.mutate()}>
            <Button danger icon={<StopOutlined />} loading={cancel.isPending} disabled={r.cancelRequested}>
              {t('audits.run.cancel')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <Progress
        data-testid="run-progress"
        percent={percentOf(r.progress, r.status === 'succeeded')}
        status={r.status === 'failed' ? 'exception' : unfinished ? 'active' : undefined}
        format={(p) => `${t(`audits.stage.${r.stage}`)} ${p ?? 0}%`}
      />
      {r.interruptedSince && (
        <Alert
          type="warning"
          showIcon
          data-testid="run-interrupted"
          title={t('audits.run.interrupted', { time: formatTime(r.interruptedSince, '') })}
        />
      )}
      {r.supersededBy && (
        <Alert
          type="info"
          showIcon
          data-testid="run-superseded"
          title={t('audits.run.superseded')}
          action={
            <Link to={`/audits/runs/${r.supersededBy}`} data-testid="run-open-latest">
              {t('audits.run.openLatest')}
            </Link>
          }
        />
      )}
      {r.notices.map((notice) => (
        <Alert
          key={`${notice.code}:${notice.en}`}
          type="warning"
          showIcon
          data-testid={`run-notice-${notice.code}`}
          title={t('audits.run.notice', { notice: localized(notice, language) })}
        />
      ))}
      {r.error && (
        <Typography.Text type="danger">{t('audits.run.failed', { error: r.error })}</Typography.Text>
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('audits.runs.columns.asOf')}>{r.asOf}</Descriptions.Item>
        <Descriptions.Item label={t('agreements.detail.coverage')}>
          <CoverageTags coverage={r.coverage} />
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.runs.columns.createdBy')}>{r.createdByName}</Descriptions.Item>
        <Descriptions.Item label={t('audits.runs.columns.createdAt')}>
          {formatTime(r.createdAt, '')}
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.runs.columns.findings')}>
          <RunFindingsCount run={r} />
        </Descriptions.Item>
        <Descriptions.Item label={t('audits.start.datasets')}>
          {t('audits.run.datasets', { count: r.datasetIds.length })}
        </Descriptions.Item>
        {r.currencies.length > 0 && (
          <Descriptions.Item label={t('audits.run.currency')}>
            <span data-testid="run-currency">{r.currencies.join(', ')}</span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('audits.run.hash')}>
          <Typography.Text code copyable={r.resultHash ? { text: r.resultHash } : false}>
            {r.resultHash ? `${r.resultHash.slice(0, 16)}…` : '—'}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {r.status === 'succeeded' && (
        <Tabs
          activeKey={active}
          destroyOnHidden
          onChange={(tab) => setParams({ tab })}
          items={[
            { key: 'clauses', label: t('audits.run.tabs.clauses'), children: <ClausesTable runId={id} /> },
            {
              key: 'findings',
              label: t('audits.run.tabs.findings'),
              children: <FindingsPanel runId={id} officer={officer} />,
            },
            { key: 'metrics', label: t('audits.run.tabs.metrics'), children: <MetricsPanel runId={id} /> },
          ]}
        />
      )}
    </Space>
  );
}
