import type { ScenarioView } from '@gigpact/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Progress, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCityTime } from '../../../shared/city-time';
import { cancelScenario, governanceKeys, listScenarios } from '../api';

const colours: Record<ScenarioView['status'], string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'green',
  failed: 'red',
  cancelled: 'orange',
};
const unfinished = (s: ScenarioView) => s.status === 'queued' || s.status === 'running';

/** The agreement's saved scenarios with who ran them and when; running ones show progress and can be cancelled. */
export function ScenarioList({
  agreementId,
  selected,
  onSelect,
}: {
  agreementId: string;
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: governanceKeys.scenarios(agreementId),
    queryFn: () => listScenarios(agreementId),
    refetchInterval: (query) => (query.state.data?.items.some(unfinished) ? 1000 : false),
  });
  const cancel = useMutation({
    mutationFn: cancelScenario,
    onSuccess: () => void client.invalidateQueries({ queryKey: governanceKeys.scenarios(agreementId) }),
  });
  return (
    <Table<ScenarioView>
      data-testid="scenario-list"
      size="small"
      rowKey="id"
      title={() => t('governance.sandbox.saved')}
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      pagination={{ pageSize: 8, hideOnSinglePage: true }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys as string[]),
        getCheckboxProps: (s) => ({ disabled: s.status !== 'succeeded', 'aria-label': s.name }),
      }}
      columns={[
        { title: t('governance.sandbox.name'), dataIndex: 'name' },
        {
          title: t('governance.sandbox.createdBy'),
          render: (_, s) =>
            t('governance.sandbox.by', {
              name: s.createdByName,
              // The city's clock, as everywhere else, not the browser's nor the server's UTC stamp.
              at: formatCityTime(s.createdAt, { seconds: false }),
            }),
        },
        {
          title: '',
          key: 'status',
          render: (_, s) =>
            unfinished(s) ? (
              <span data-testid="scenario-progress">
                <Progress
                  size="small"
                  style={{ width: 160 }}
                  percent={s.progress.total ? Math.round((100 * s.progress.done) / s.progress.total) : 0}
                  format={() =>
                    t('governance.sandbox.running', { done: s.progress.done, total: s.progress.total || 4 })
                  }
                />
                <Button size="small" danger disabled={s.cancelRequested} onClick={() => cancel.mutate(s.id)}>
                  {t('governance.sandbox.cancel')}
                </Button>
              </span>
            ) : (
              <Tag color={colours[s.status]} title={s.error ?? undefined}>
                {t(`governance.sandbox.status.${s.status}`)}
              </Tag>
            ),
        },
      ]}
    />
  );
}
