import { Table, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CoverageDimension, CoverageRow } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { useLanguage, useSession } from '../../../shell/session';
import { formatRate } from '../charts/rates';
import { useCoverage, type CoverageFilters } from './useCoverage';
import { workforceNote } from './workforce-note';

const count = (value: number) => value.toLocaleString('en-US');
const byRate = (rate: 'foundingRate' | 'membershipRate') => (a: CoverageRow, b: CoverageRow) =>
  (a[rate] ?? -1) - (b[rate] ?? -1);

/**
 * Coverage by one dimension: counts and both rates, the total of the user's area as the last line. Workers are
 * known by district only: a street's are a dash that says why, and a note says what the total's figure is.
 */
export function CoverageTable({ by, filters }: { by: CoverageDimension; filters: CoverageFilters }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const coverage = useCoverage(by, filters);
  const area = session.data ? localized(session.data.user.areaName, language) : '';
  const unknownWorkers = (
    <Tooltip title={t('registry.coverage.workersUnknown')}>
      <span data-testid="workers-unknown" style={{ cursor: 'help' }}>
        —
      </span>
    </Tooltip>
  );
  const columns: ColumnsType<CoverageRow> = [
    {
      title: t('registry.coverage.name'),
      key: 'name',
      fixed: 'left',
      width: 160,
      render: (_, row) => localized(row.name, language),
    },
    {
      title: t('registry.coverage.enterprises'),
      dataIndex: 'enterprises',
      align: 'right',
      render: count,
      sorter: (a, b) => a.enterprises - b.enterprises,
    },
    {
      title: t('registry.coverage.enterprisesWithUnion'),
      dataIndex: 'enterprisesWithUnion',
      align: 'right',
      render: count,
    },
    {
      title: t('registry.coverage.foundingRate'),
      dataIndex: 'foundingRate',
      align: 'right',
      render: formatRate,
      sorter: byRate('foundingRate'),
    },
    { title: t('registry.coverage.federations'), dataIndex: 'federations', align: 'right', render: count },
    { title: t('registry.coverage.members'), dataIndex: 'members', align: 'right', render: count },
    {
      title: (
        <Tooltip title={t('registry.coverage.workersSource')}>
          <span style={{ cursor: 'help' }}>
            {t('registry.coverage.workers')} <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
          </span>
        </Tooltip>
      ),
      dataIndex: 'workers',
      align: 'right',
      render: (workers: number | null) => (workers === null ? unknownWorkers : count(workers)),
    },
    {
      title: t('registry.coverage.membershipRate'),
      dataIndex: 'membershipRate',
      align: 'right',
      render: formatRate,
      sorter: byRate('membershipRate'),
    },
  ];
  const total = coverage.data?.total;
  const note = total ? workforceNote(coverage.data?.rows ?? [], total) : 'none';
  return (
    <Table<CoverageRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={coverage.data?.rows ?? []}
      loading={coverage.isFetching}
      pagination={false}
      scroll={{ x: 860, y: 420 }}
      locale={coverage.isError ? { emptyText: errorMessage(coverage.error, language) } : undefined}
      data-testid="coverage-table"
      footer={
        note === 'none'
          ? undefined
          : () => (
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid="coverage-workforce-note"
              >
                {t(
                  note === 'areaTotal' ? 'registry.coverage.noteAreaTotal' : 'registry.coverage.noteUnknown',
                  {
                    area,
                  },
                )}
              </Typography.Text>
            )
      }
      summary={() =>
        total && (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <b>{localized(total.name, language)}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {count(total.enterprises)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {count(total.enterprisesWithUnion)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <b>{formatRate(total.foundingRate)}</b>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {count(total.federations)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {count(total.members)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {total.workers === null ? (
                  unknownWorkers
                ) : note === 'areaTotal' ? (
                  <Tooltip title={t('registry.coverage.workersOfArea', { area })}>
                    <span style={{ cursor: 'help', borderBottom: '1px dotted' }}>{count(total.workers)}</span>
                  </Tooltip>
                ) : (
                  count(total.workers)
                )}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <b>{formatRate(total.membershipRate)}</b>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}
