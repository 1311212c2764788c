import { Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mediationStatuses, type MediationStatus, type MediationView } from '@gigpact/contracts';
import { errorMessage } from '../../api/api-error';
import { codeOf, listAddressParams, oneOf, pagingOf } from '../../shared/list-address';
import { useLanguage } from '../../shell/session';
import { OneLine } from '../../shared/OneLine';
import { cutToWidth, withTooltip } from '../../shared/table-cells';
import { formatTime } from '../admin/format';
import { formatYuan, typeLabel } from '../cases/labels';
import { listCentres, listRequests, mediationKeys, type RequestQuery } from './api';
import { mediationColours, mediationStatusLabel } from './labels';

/** The list's filters and page as they stand in the address (`/mediation?status=…&centreId=…&page=2`). */
export function readRequestQuery(params: URLSearchParams): RequestQuery {
  return {
    status: oneOf(mediationStatuses, params.get('status')),
    centreId: codeOf(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      params.get('centreId'),
    ),
    ...pagingOf(params),
  };
}

/** The requests of the user's area's centres, newest first, filtered by state and centre. */
export function RequestList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = readRequestQuery(params);
  const setQuery = (next: RequestQuery) => setParams(listAddressParams(next));
  const centres = useQuery({ queryKey: mediationKeys.centres, queryFn: listCentres });
  const requests = useQuery({
    queryKey: mediationKeys.list(query),
    queryFn: () => listRequests(query),
    placeholderData: keepPreviousData,
  });
  const all = t('mediation.list.all');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('mediation.list.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('mediation.list.intro')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ThunderboltOutlined />} onClick={() => void navigate('/mediation/small-claim')}>
            {t('mediation.tabs.smallClaim')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/mediation/new')}>
            {t('mediation.list.new')}
          </Button>
        </Space>
      </Flex>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('mediation.list.status')}
          style={{ width: 170 }}
          value={query.status ?? ''}
          onChange={(v) =>
            setQuery({ ...query, status: (v || undefined) as MediationStatus | undefined, page: 1 })
          }
          options={[
            { value: '', label: `${t('mediation.list.status')}${t('mediation.list.colon')}${all}` },
            ...mediationStatuses.map((s) => ({ value: s, label: mediationStatusLabel(s, language) })),
          ]}
        />
        <Select
          aria-label={t('mediation.list.centre')}
          style={{ width: 260 }}
          value={query.centreId ?? ''}
          onChange={(v) => setQuery({ ...query, centreId: v || undefined, page: 1 })}
          options={[
            { value: '', label: `${t('mediation.list.centre')}${t('mediation.list.colon')}${all}` },
            ...(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      </Flex>
      {requests.error && (
        <Typography.Text type="danger">{errorMessage(requests.error, language)}</Typography.Text>
      )}
      <Table<MediationView>
        rowKey="id"
        size="middle"
        data-testid="mediation-table"
        loading={requests.isFetching}
        dataSource={requests.data?.items ?? []}
        locale={{ emptyText: t('mediation.list.empty') }}
        // Fits a 1,366-pixel laptop screen beside the navigation; narrower screens scroll the table.
        scroll={{ x: 960 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: requests.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
        }}
        columns={[
          {
            title: t('mediation.list.columns.number'),
            dataIndex: 'number',
            width: 190,
            render: (n: string, row) => (
              <Space size={4} wrap>
                <Link to={`/mediation/${row.id}`}>
                  <OneLine>{n}</OneLine>
                </Link>
                {row.smallClaim && <Tag color="gold">{t('mediation.list.smallClaim')}</Tag>}
              </Space>
            ),
          },
          { title: t('mediation.list.columns.applicant'), dataIndex: 'applicant', width: 75 },
          {
            title: t('mediation.list.columns.respondent'),
            dataIndex: 'respondentName',
            ...cutToWidth,
            render: (name: string) => withTooltip(name),
          },
          {
            title: t('mediation.list.columns.claimType'),
            dataIndex: 'claimType',
            width: 105,
            render: (c: MediationView['claimType']) => typeLabel(c, language),
          },
          {
            title: t('mediation.list.columns.amountClaimed'),
            dataIndex: 'amountClaimed',
            width: 110,
            align: 'right',
            render: (a: string | null) => formatYuan(a),
          },
          {
            title: t('mediation.list.columns.amountRecovered'),
            dataIndex: 'amountRecovered',
            width: 110,
            align: 'right',
            render: (a: string | null) => formatYuan(a),
          },
          {
            title: t('mediation.list.columns.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: MediationStatus) => (
              <Tag color={mediationColours[s]}>{mediationStatusLabel(s, language)}</Tag>
            ),
          },
          {
            title: t('mediation.list.columns.createdAt'),
            dataIndex: 'createdAt',
            width: 165,
            render: (at: string) => <OneLine>{formatTime(at, '')}</OneLine>,
          },
        ]}
      />
    </Space>
  );
}
