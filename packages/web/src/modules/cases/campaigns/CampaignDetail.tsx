import { useState } from 'react';
import { App, Button, Flex, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { campaignResults, type CampaignResult } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { downloadFile } from '../../../api/files';
import { listAddressParams, oneOf, pagingOf } from '../../../shared/list-address';
import { useLanguage } from '../../../shell/session';
import { campaignReportPath, caseKeys, getCampaign, listTargets, type CampaignTarget } from '../api';
import { officeName } from '../list/AlertsPanel';
import { CampaignFigures } from './CampaignFigures';
import { InspectionModal } from './InspectionModal';
import { BackLink } from '../../../shared/BackLink';

const resultColours: Record<CampaignResult, string> = {
  pending: 'default',
  compliant: 'success',
  issues_found: 'error',
};

/** One campaign: its roll-up, its report, and its targets in the user's area with their inspections. */
export function CampaignDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  // The targets' filter and page live in the address (`?result=issues_found&page=2`), kept on reload and Back.
  const [params, setParams] = useSearchParams();
  const [inspecting, setInspecting] = useState<CampaignTarget>();
  const campaign = useQuery({ queryKey: caseKeys.campaign(id), queryFn: () => getCampaign(id) });
  const query = { ...pagingOf(params), result: oneOf(campaignResults, params.get('result')) };
  const setQuery = (change: Partial<typeof query>) => setParams(listAddressParams({ ...query, ...change }));
  const targets = useQuery({
    queryKey: caseKeys.targets(id, query),
    queryFn: () => listTargets(id, query),
    placeholderData: keepPreviousData,
  });
  if (campaign.isLoading) return <Spin />;
  if (!campaign.data)
    return <Typography.Text type="danger">{errorMessage(campaign.error, language)}</Typography.Text>;
  const c = campaign.data;
  const report = (format: 'pdf' | 'docx') =>
    downloadFile(campaignReportPath(id), `${c.title}.${format}`, { format }).catch((error: unknown) => {
      void message.error(errorMessage(error, language));
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="campaign-detail">
      <BackLink to="/cases/campaigns">{t('cases.campaigns.back')}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {c.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {c.district ? officeName(`district:${c.district}`, language) : t('cases.campaigns.wholeCity')} ·{' '}
            {c.startedOn}
          </Typography.Text>
        </div>
        <Space>
          <Typography.Text>{t('cases.campaigns.report')}</Typography.Text>
          <Button icon={<FilePdfOutlined />} onClick={() => void report('pdf')}>
            PDF
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => void report('docx')}>
            DOCX
          </Button>
        </Space>
      </Flex>
      <CampaignFigures figures={c.figures} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('cases.campaigns.targets')}
        </Typography.Title>
        <Select
          aria-label={t('cases.campaigns.result')}
          style={{ width: 160 }}
          value={query.result ?? ''}
          onChange={(v) => setQuery({ result: (v || undefined) as CampaignResult | undefined, page: 1 })}
          options={[
            {
              value: '',
              label: `${t('cases.campaigns.result')}${t('cases.list.colon')}${t('cases.list.all')}`,
            },
            ...campaignResults.map((r) => ({ value: r, label: t(`cases.campaigns.results.${r}`) })),
          ]}
        />
      </Flex>
      <Table<CampaignTarget>
        rowKey="id"
        size="small"
        data-testid="campaign-targets"
        loading={targets.isFetching}
        dataSource={targets.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: targets.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setQuery({ page, pageSize }),
        }}
        columns={[
          { title: t('cases.campaigns.target'), dataIndex: 'name' },
          {
            title: t('cases.campaigns.district'),
            dataIndex: 'district',
            width: 90,
            render: (d: string) => officeName(`district:${d}`, language),
          },
          { title: t('cases.campaigns.workers'), dataIndex: 'workersCovered', width: 100 },
          {
            title: t('cases.campaigns.result'),
            dataIndex: 'result',
            width: 90,
            render: (r: CampaignResult) => (
              <Tag color={resultColours[r]}>{t(`cases.campaigns.results.${r}`)}</Tag>
            ),
          },
          {
            title: t('cases.campaigns.checkedOn'),
            dataIndex: 'checkedOn',
            width: 110,
            render: (d: string | null) => d ?? '—',
          },
          {
            title: t('cases.campaigns.inspectedBy'),
            dataIndex: 'inspectedBy',
            width: 150,
            ellipsis: true,
            render: (name: string | null) => name ?? '—',
          },
          {
            key: 'flags',
            width: 220,
            render: (_, row) => (
              <Space size={2} wrap>
                {row.caseFiled && !row.caseId && <Tag>{t('cases.campaigns.caseFiled')}</Tag>}
                {row.caseId && (
                  <Link to={`/cases/${row.caseId}`} data-testid="target-case">
                    <Tag color="processing">
                      {t('cases.campaigns.caseFiled')} {row.caseNumber}
                    </Tag>
                  </Link>
                )}
                {row.administrativePenalty && <Tag>{t('cases.campaigns.penalty')}</Tag>}
                {row.guidanceSent && <Tag>{t('cases.campaigns.guidance')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'inspect',
            width: 100,
            render: (_, row) => (
              <Button size="small" onClick={() => setInspecting(row)}>
                {t('cases.campaigns.inspect')}
              </Button>
            ),
          },
        ]}
      />
      <InspectionModal campaign={c} target={inspecting} onClose={() => setInspecting(undefined)} />
    </Space>
  );
}
