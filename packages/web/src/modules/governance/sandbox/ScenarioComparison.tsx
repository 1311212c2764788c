import type { ScenarioOutcome, ScenarioView } from '@gigpact/contracts';
import { useQueries } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getScenario, governanceKeys } from '../api';
import { formatValue } from '../format';

interface Row {
  key: string;
  label: string;
  section?: boolean;
  values: (string | number | null)[];
}

/**
 * Scenarios side by side: the agreement as it stands first, then each scenario — violations per clause,
 * worker income and platform cost, and what a proposed time formula changes.
 */
export function ScenarioComparison({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: governanceKeys.scenario(id),
      queryFn: () => getScenario(id),
      // A scenario still running is asked again each second until it has its result.
      refetchInterval: (query: { state: { data?: ScenarioView } }) =>
        query.state.data &&
        !query.state.data.result &&
        ['queued', 'running'].includes(query.state.data.status)
          ? 1000
          : false,
    })),
  });
  const scenarios = results.map((r) => r.data).filter((s): s is ScenarioView => !!s?.result);
  if (scenarios.length === 0) return null;
  const outcomes: ScenarioOutcome[] = [
    scenarios[0]!.result!.baseline,
    ...scenarios.map((s) => s.result!.scenario),
  ];
  const names = [t('governance.sandbox.baseline'), ...scenarios.map((s) => s.name)];
  const row = (key: string, label: string, pick: (o: ScenarioOutcome) => string | number | null): Row => ({
    key,
    label,
    values: outcomes.map(pick),
  });
  const section = (key: string): Row => ({
    key,
    label: t(`governance.sandbox.section.${key}`),
    section: true,
    values: [],
  });
  const clauseIds = outcomes[0]!.clauses.filter((c) => c.status === 'applicable').map((c) => c.clauseId);
  const rows: Row[] = [
    section('clauses'),
    ...clauseIds.map((id) =>
      row(
        `v.${id}`,
        t('governance.sandbox.rows.violations', {
          clause: `${id} ${outcomes[0]!.clauses.find((c) => c.clauseId === id)?.title ?? ''}`,
        }),
        (o) => o.clauses.find((c) => c.clauseId === id)?.violations ?? null,
      ),
    ),
    section('income'),
    row('minHourly', t('governance.sandbox.rows.minHourly'), (o) => o.income.minHourly),
    row('median', t('governance.sandbox.rows.medianHourly'), (o) =>
      formatValue(o.income.medianHourly, 'cny_per_hour'),
    ),
    row('below', t('governance.sandbox.rows.shareBelow'), (o) =>
      formatValue(o.income.shareBelowMinimum, 'share'),
    ),
    section('cost'),
    row('topUp', t('governance.sandbox.rows.topUp'), (o) => o.cost.topUpToMinimum),
    row('owed', t('governance.sandbox.rows.findingsAmount'), (o) => o.cost.findingsAmount),
    row('formulaPay', t('governance.sandbox.rows.formulaPay'), (o) => o.cost.formulaPay),
    ...(outcomes.some((o) => o.time)
      ? [
          section('time'),
          row(
            'below',
            t('governance.sandbox.rows.ordersBelowFormula'),
            (o) => o.time?.ordersBelowFormula ?? '—',
          ),
          row(
            'rescued',
            t('governance.sandbox.rows.rescued'),
            (o) => o.time?.lateOrdersOnTimeUnderFormula ?? '—',
          ),
          row('fines', t('governance.sandbox.rows.fines'), (o) => o.time?.finesOnThoseOrders ?? '—'),
        ]
      : []),
  ];
  return (
    <div data-testid="scenario-comparison">
      <Typography.Title level={5}>{t('governance.sandbox.compare')}</Typography.Title>
      <Table<Row>
        size="small"
        rowKey={(r) => `${r.key}.${r.label}`}
        pagination={false}
        scroll={{ x: 300 + names.length * 160 }}
        dataSource={rows}
        columns={[
          {
            title: '',
            key: 'label',
            fixed: 'left',
            width: 320,
            render: (_, r) => (r.section ? <Typography.Text strong>{r.label}</Typography.Text> : r.label),
          },
          ...names.map((name, i) => ({
            title: name,
            key: `c${i}`,
            width: 160,
            render: (_: unknown, r: Row) => (r.section ? null : String(r.values[i] ?? '—')),
          })),
        ]}
      />
    </div>
  );
}
