import type { ContrastView, MetricEvaluationView } from '@gigpact/contracts';
import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../format';

const cellOf = (m: MetricEvaluationView, arm: string, period: string) =>
  m.cells.find((c) => c.arm === arm && c.period === period);

/**
 * A value with its interval, e.g. `12.3% [10.1%, 14.2%]`; a value the data gives no interval for (too few
 * workers) says so instead, and one the data gives no value for is a dash.
 */
export function WithInterval({
  value,
  unit,
  signed = false,
}: {
  value: { estimate: number | null; lo: number | null; hi: number | null } | undefined | null;
  unit: string;
  signed?: boolean;
}) {
  const { t } = useTranslation();
  if (!value || value.estimate === null) return <>—</>;
  const noInterval = value.lo === null && value.hi === null;
  const points = t('governance.evaluation.points');
  const whole = { whiteSpace: 'nowrap' } as const;
  // Each number stays whole; a narrow column puts the interval, or its upper bound, on the next line.
  return (
    <span>
      <span style={whole}>{formatValue(value.estimate, unit, signed, points)}</span>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {noInterval ? (
          `(${t('governance.evaluation.noInterval')})`
        ) : (
          <>
            <span style={whole}>[{formatValue(value.lo, unit, signed, points)},</span>{' '}
            <span style={whole}>{formatValue(value.hi, unit, signed, points)}]</span>
          </>
        )}
      </Typography.Text>
    </span>
  );
}

function Change({ value, unit, better }: { value: ContrastView | null; unit: string; better: string }) {
  const { t } = useTranslation();
  if (!value) return <>—</>;
  const excludesZero = value.lo !== null && value.hi !== null && (value.lo > 0 || value.hi < 0);
  const good = value.estimate !== null && (better === 'higher' ? value.estimate > 0 : value.estimate < 0);
  return (
    <span>
      <WithInterval value={value} unit={unit} signed />
      {excludesZero && (
        <Tag
          color={good ? 'green' : 'red'}
          style={{ marginLeft: 4 }}
          title={t('governance.evaluation.significant')}
        >
          ★
        </Tag>
      )}
    </span>
  );
}

/**
 * Every metric: the covered arm before and after, the change in each arm and the difference-in-differences —
 * without columns for the control arm where there is none (`withControl` false). Each metric's name is a button
 * that shows its charts.
 */
export function MetricTable({
  metrics,
  selected,
  onSelect,
  withControl,
}: {
  metrics: MetricEvaluationView[];
  selected: string | undefined;
  onSelect: (key: string) => void;
  withControl: boolean;
}) {
  const { t } = useTranslation();
  const unit = (m: MetricEvaluationView) =>
    m.unit === 'share' || m.unit === 'rate' ? '' : ` (${t(`governance.units.${m.unit}`)})`;
  return (
    <Table<MetricEvaluationView>
      data-testid="evaluation-table"
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: withControl ? 1000 : 720 }}
      dataSource={metrics}
      rowClassName={(m) => (m.key === selected ? 'ant-table-row-selected' : '')}
      columns={[
        {
          title: t('governance.evaluation.columns.metric'),
          key: 'metric',
          fixed: 'left',
          width: 260,
          render: (_, m) => (
            <Button
              type="link"
              data-testid={`metric-${m.key}`}
              aria-pressed={m.key === selected}
              title={t('governance.evaluation.showCharts', { metric: t(`governance.metrics.${m.key}`) })}
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              onClick={() => onSelect(m.key)}
            >
              {`${t(`governance.metrics.${m.key}`)}${unit(m)}`}
            </Button>
          ),
        },
        {
          title: t('governance.evaluation.columns.treatedBefore'),
          key: 'tb',
          render: (_, m) => <WithInterval value={cellOf(m, 'treated', 'before')} unit={m.unit} />,
        },
        {
          title: t('governance.evaluation.columns.treatedAfter'),
          key: 'ta',
          render: (_, m) => <WithInterval value={cellOf(m, 'treated', 'after')} unit={m.unit} />,
        },
        {
          title: t('governance.evaluation.columns.change'),
          key: 'change',
          render: (_, m) => <Change value={m.treatedChange} unit={m.unit} better={m.better} />,
        },
        ...(withControl
          ? [
              {
                title: t('governance.evaluation.columns.controlChange'),
                key: 'control',
                render: (_: unknown, m: MetricEvaluationView) => (
                  <Change value={m.controlChange} unit={m.unit} better={m.better} />
                ),
              },
              {
                title: t('governance.evaluation.columns.did'),
                key: 'did',
                render: (_: unknown, m: MetricEvaluationView) => (
                  <Change value={m.did} unit={m.unit} better={m.better} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
