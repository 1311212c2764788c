import { moneyLabel, type ScenarioOutcome, type ScenarioView } from '@gigpact/contracts';
import { useQueries } from '@tanstack/react-query';
import { Alert, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { getScenario, governanceKeys } from '../api';
import { formatValue } from '../format';
import { costLines } from './cost-lines';
import { periodText } from './period-text';
import { areaText } from './scenario-area';

interface Row {
  key: string;
  label: string;
  section?: boolean;
  values: (string | number | null)[];
}

/**
 * Scenarios side by side: the agreement as it stands first, then each scenario — violations and amounts per
 * clause, worker income and platform cost (no money in two lines), and what a proposed time formula changes —
 * each headed by the area whose rows it read and the days it replayed, with what the data did not reach said above
 * the table. Money is shown to the fen.
 */
export function ScenarioComparison({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
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
  // The agreement as it stands is measured over the first scenario's area.
  const areas = [scenarios[0]!, ...scenarios].map((s) => areaText(s.result!.area, language, t));
  const periods = [scenarios[0]!, ...scenarios].map((s) => periodText(s.result!.period, t));
  const notices = scenarios.flatMap((s) =>
    (s.result!.notices ?? []).map((notice, i) => ({
      key: `${s.id}.${notice.code}.${i}`,
      text: t('governance.sandbox.noticeOf', { name: s.name, notice: localized(notice, language) }),
    })),
  );
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
  const clauseName = (id: string) =>
    `${id} ${outcomes[0]!.clauses.find((c) => c.clauseId === id)?.title ?? ''}`;
  const amountOf = (o: ScenarioOutcome, id: string) => o.clauses.find((c) => c.clauseId === id)?.amount;
  // Amounts only of the clauses whose findings carry money in some column.
  const withAmounts = clauseIds.filter((id) => outcomes.some((o) => Number(amountOf(o, id) ?? 0) !== 0));
  const rows: Row[] = [
    section('clauses'),
    ...clauseIds.map((id) =>
      row(
        `v.${id}`,
        t('governance.sandbox.rows.violations', { clause: clauseName(id) }),
        (o) => o.clauses.find((c) => c.clauseId === id)?.violations ?? null,
      ),
    ),
    ...withAmounts.map((id) =>
      row(`a.${id}`, t('governance.sandbox.rows.amount', { clause: clauseName(id) }), (o) =>
        moneyLabel(amountOf(o, id)),
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
    ...costLines.map((line) => row(line.key, t(line.message), line.amount)),
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
          row('fines', t('governance.sandbox.rows.fines'), (o) => moneyLabel(o.time?.finesOnThoseOrders)),
        ]
      : []),
  ];
  return (
    <div data-testid="scenario-comparison">
      <Typography.Title level={5}>{t('governance.sandbox.compare')}</Typography.Title>
      {notices.length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
          {notices.map((n) => (
            <Alert key={n.key} type="warning" showIcon data-testid="scenario-notice" title={n.text} />
          ))}
        </Space>
      )}
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
            title: (
              <Space direction="vertical" size={0}>
                {name}
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="scenario-area">
                  {areas[i]}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="scenario-replayed">
                  {periods[i]}
                </Typography.Text>
              </Space>
            ),
            key: `c${i}`,
            width: 160,
            render: (_: unknown, r: Row) => (r.section ? null : String(r.values[i] ?? '—')),
          })),
        ]}
      />
    </div>
  );
}
