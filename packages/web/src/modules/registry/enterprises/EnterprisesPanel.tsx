import { useState } from 'react';
import { App, Button, Flex, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { exportEnterprises, type EnterpriseFilters, type EnterpriseSummary } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { EditEnterpriseModal } from './EditEnterpriseModal';
import { EnterpriseFilterBar } from './EnterpriseFilterBar';
import { EnterprisesTable } from './EnterprisesTable';
import { filtersOf, readListState, withFilter, writeListState, type EnterpriseListState } from './filters';

/**
 * Franchisees, partners, outlets and stations of the user's area. The filters live in the address, and
 * `fixed` ones (a platform's page) are applied beneath whatever the user chooses.
 */
export function EnterprisesPanel({ fixed = {} }: { fixed?: Partial<EnterpriseFilters> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<EnterpriseSummary>();
  const state: EnterpriseListState = { ...readListState(params), ...fixed };
  const update = (next: EnterpriseListState) =>
    setParams(writeListState({ ...next, ...fixed }), { replace: true });

  const download = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => exportEnterprises(filtersOf(state), format),
    onSuccess: () => void message.success(t('registry.enterprises.exported')),
    onError: (error) => void message.error(errorMessage(error, language)),
  });

  return (
    <div>
      <Flex wrap justify="space-between" align="start" gap={8}>
        <EnterpriseFilterBar
          state={state}
          hidePlatform={fixed.platform !== undefined}
          onChange={(change) => update(withFilter(state, change))}
        />
        <Space style={{ marginBottom: 12 }}>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download.mutate('csv')}
            loading={download.isPending && download.variables === 'csv'}
            data-testid="export-csv"
          >
            {t('registry.enterprises.exportCsv')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download.mutate('xlsx')}
            loading={download.isPending && download.variables === 'xlsx'}
            data-testid="export-xlsx"
          >
            {t('registry.enterprises.exportXlsx')}
          </Button>
        </Space>
      </Flex>
      <EnterprisesTable state={state} onChange={update} onEdit={setEditing} />
      <EditEnterpriseModal enterprise={editing} onClose={() => setEditing(undefined)} />
    </div>
  );
}
