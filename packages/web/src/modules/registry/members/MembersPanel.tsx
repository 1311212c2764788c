import { Flex, Select, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listMembers, listPlatforms, type MemberRow } from '../../../api/registry';
import { errorMessage } from '../../../api/api-error';
import { localized } from '../../../i18n/localized';
import { codeOf, listAddressParams, pagingOf } from '../../../shared/list-address';
import { useLanguage } from '../../../shell/session';
import { platformsKey } from '../enterprises/EnterpriseFilterBar';
import { districtOptions, streetNameOf, useRegions, useUserArea } from '../scope';

/**
 * Current members of the user's area by pseudonymous id, newest first: what mutual aid and skills rely on.
 * The server logs every page read, since this is a list of people.
 */
export function MembersPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const area = useUserArea();
  const regions = useRegions();
  // The district and page live in the address (`/registry/members?district=310104&page=2`).
  const [params, setParams] = useSearchParams();
  const district = codeOf(/^\d{6}$/, params.get('district'));
  const paging = pagingOf(params);
  const setQuery = (next: { page: number; pageSize: number; district?: string }) =>
    setParams(listAddressParams(next));
  const members = useQuery({
    queryKey: ['registry', 'members', district, paging.page, paging.pageSize],
    queryFn: () => listMembers({ ...paging, district }),
    placeholderData: keepPreviousData,
  });
  const platforms = useQuery({ queryKey: platformsKey, queryFn: listPlatforms });
  const platformName = (code: string | null) => {
    const found = platforms.data?.find((p) => p.code === code);
    return found ? (language === 'en' ? found.nameEn : found.nameZh) : (code ?? '—');
  };
  const districts = regions.data && area ? districtOptions(regions.data, area, language) : [];

  return (
    <div>
      {districts.length > 0 && (
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select
            allowClear
            aria-label={t('registry.members.district')}
            placeholder={t('registry.enterprises.allDistricts')}
            value={district}
            onChange={(value: string | undefined) => setQuery({ ...paging, district: value, page: 1 })}
            options={districts}
            style={{ width: 160 }}
          />
        </Flex>
      )}
      <Table<MemberRow>
        rowKey={(row) => `${row.workerId}-${row.organisation}`}
        size="small"
        dataSource={members.data?.items ?? []}
        loading={members.isFetching}
        locale={members.isError ? { emptyText: errorMessage(members.error, language) } : undefined}
        data-testid="members-table"
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('registry.members.workerId'),
            dataIndex: 'workerId',
            render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
          },
          {
            title: t('registry.members.platform'),
            dataIndex: 'platformCode',
            render: platformName,
          },
          { title: t('registry.members.organisation'), dataIndex: 'organisation' },
          {
            title: t('registry.members.district'),
            key: 'district',
            render: (_, row) => localized(row.districtName, language),
          },
          {
            title: t('registry.members.street'),
            key: 'street',
            render: (_, row) => streetNameOf(regions.data, row.street, row.streetName, language) ?? '—',
          },
          { title: t('registry.members.joinedOn'), dataIndex: 'joinedOn' },
        ]}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: members.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) =>
            setQuery({ district, page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
      />
    </div>
  );
}
