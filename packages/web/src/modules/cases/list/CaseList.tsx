import { useState } from 'react';
import { App, Button, Col, Dropdown, Flex, Row, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { regionTree, type CaseSummary } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { downloadFile } from '../../../api/files';
import { placeOf } from '../../registry/scope';
import { OneLine } from '../../../shared/OneLine';
import { cutToWidth, withTooltip } from '../../../shared/table-cells';
import { useLanguage } from '../../../shell/session';
import { caseKeys, listCases } from '../api';
import { statusColours, statusLabel, typeLabel } from '../labels';
import { AlertsPanel } from './AlertsPanel';
import { CaseFilterBar } from './CaseFilterBar';
import { exportQuery, readCaseListState, withCaseFilter, writeCaseListState } from './filters';

/** The case list: filters, sort and page in the address; the server filters, sorts and pages. */
export function CaseList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const state = readCaseListState(params);
  const [exporting, setExporting] = useState(false);
  const query = useQuery({
    queryKey: caseKeys.list(state),
    queryFn: () => listCases(state),
    placeholderData: keepPreviousData,
  });

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      await downloadFile('/api/cases/export', `cases.${format}`, { ...exportQuery(state), format });
      void message.success(t('cases.list.exported', { count: query.data?.total ?? 0 }));
    } catch (error) {
      void message.error(errorMessage(error, language));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={{ span: 7, order: 2 }}>
        <AlertsPanel />
      </Col>
      <Col xs={24} xxl={{ span: 17, order: 1 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Flex justify="space-between" align="start" wrap gap={8}>
            <div>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('cases.list.title')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('cases.list.intro')}</Typography.Text>
            </div>
            <Dropdown
              menu={{
                items: [
                  { key: 'csv', label: t('cases.list.exportCsv') },
                  { key: 'xlsx', label: t('cases.list.exportXlsx') },
                ],
                onClick: ({ key }) => void exportAs(key as 'csv' | 'xlsx'),
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exporting} data-testid="cases-export">
                {t('cases.list.export')}
              </Button>
            </Dropdown>
          </Flex>
          <CaseFilterBar
            state={state}
            onChange={(change) => setParams(writeCaseListState(withCaseFilter(state, change)))}
          />
          {query.error && (
            <Typography.Text type="danger">{errorMessage(query.error, language)}</Typography.Text>
          )}
          <Table<CaseSummary>
            rowKey="id"
            size="middle"
            data-testid="cases-table"
            loading={query.isFetching}
            dataSource={query.data?.items ?? []}
            locale={{ emptyText: t('cases.list.empty') }}
            // Fits a 1,366-pixel laptop screen beside the navigation; narrower screens scroll the table.
            scroll={{ x: 960 }}
            onChange={(pagination, _filters, sorter) => {
              const one = Array.isArray(sorter) ? sorter[0] : sorter;
              const field = one?.order ? (one.field as 'openedOn' | 'number' | 'updatedAt') : undefined;
              setParams(
                writeCaseListState({
                  ...state,
                  sort: field,
                  order: field ? (one?.order === 'ascend' ? 'asc' : 'desc') : undefined,
                  page: pagination.current ?? 1,
                  pageSize: pagination.pageSize ?? 20,
                }),
              );
            }}
            pagination={{
              current: state.page,
              pageSize: state.pageSize,
              total: query.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('common.total', { count: total }),
            }}
            columns={[
              {
                title: t('cases.list.columns.number'),
                dataIndex: 'number',
                width: 180,
                sorter: true,
                sortOrder: sortOrder(state, 'number'),
                render: (number: string, row) => (
                  <Link to={`/cases/${row.id}`}>
                    <OneLine>{number}</OneLine>
                  </Link>
                ),
              },
              {
                title: t('cases.list.columns.title'),
                dataIndex: 'title',
                ...cutToWidth,
                render: (title: string) => withTooltip(title),
              },
              {
                title: t('cases.list.columns.type'),
                dataIndex: 'type',
                width: 105,
                render: (type: CaseSummary['type']) => typeLabel(type, language),
              },
              {
                title: t('cases.list.columns.status'),
                dataIndex: 'status',
                width: 120,
                render: (status: CaseSummary['status']) => (
                  <Tag color={statusColours[status]}>{statusLabel(status, language)}</Tag>
                ),
              },
              {
                title: t('cases.list.columns.place'),
                width: 130,
                render: (_, row) => placeOf(row, regionTree, language),
              },
              { title: t('cases.list.columns.complainant'), dataIndex: 'complainant', width: 80 },
              {
                title: t('cases.list.columns.openedOn'),
                dataIndex: 'openedOn',
                width: 115,
                sorter: true,
                sortOrder: sortOrder(state, 'openedOn'),
                render: (date: string) => <OneLine>{date}</OneLine>,
              },
              {
                title: t('cases.list.columns.nextDeadline'),
                dataIndex: 'nextDeadline',
                width: 150,
                render: (date: string | null, row) => (
                  <Space size={4} wrap>
                    <OneLine>{date ?? '—'}</OneLine>
                    {row.overdue && (
                      <Tag color="error" icon={<WarningOutlined />} data-testid="overdue-badge">
                        {t('cases.list.overdue')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      </Col>
    </Row>
  );
}

function sortOrder(state: { sort?: string; order?: string }, field: string) {
  if (state.sort !== field) return null;
  return state.order === 'asc' ? ('ascend' as const) : ('descend' as const);
}
