import { useState } from 'react';
import { Checkbox, Flex, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { letterKinds, type LetterKind } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { listAddressParams, oneOf, pagingOf } from '../../../shared/list-address';
import { useLanguage, useSession } from '../../../shell/session';
import { caseKeys, listLetters, type LetterRow } from '../api';
import { letterKindLabel } from '../labels';
import { caseAbilities } from '../permissions';
import { letterColumns } from './letter-columns';
import { RecordResponseModal } from './RecordResponseModal';

/** Every letter of the user's area with its answer deadline; the overdue unanswered ones on request. */
export function LettersList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  // The filters and page live in the address (`/cases/letters?kind=…&overdue=true`): reload, Back and a shared
  // link keep them.
  const [params, setParams] = useSearchParams();
  const [responding, setResponding] = useState<LetterRow>();
  const query = {
    ...pagingOf(params),
    kind: oneOf(letterKinds, params.get('kind')),
    overdue: params.get('overdue') === 'true' ? ('true' as const) : undefined,
  };
  const overdue = query.overdue === 'true';
  const setQuery = (change: Partial<typeof query>) => setParams(listAddressParams({ ...query, ...change }));
  const letters = useQuery({
    queryKey: caseKeys.letters(query),
    queryFn: () => listLetters(query),
    placeholderData: keepPreviousData,
  });
  const handle = caseAbilities(session.data?.user.role ?? 'worker').handle;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cases.letters.listTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('cases.letters.listIntro')}</Typography.Text>
      </div>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('cases.letters.kind')}
          style={{ width: 160 }}
          value={query.kind ?? ''}
          onChange={(v) => setQuery({ kind: (v || undefined) as LetterKind | undefined, page: 1 })}
          options={[
            { value: '', label: `${t('cases.letters.kind')}${t('cases.list.colon')}${t('cases.list.all')}` },
            ...letterKinds.map((k) => ({ value: k, label: letterKindLabel(k, language) })),
          ]}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => setQuery({ overdue: e.target.checked ? 'true' : undefined, page: 1 })}
        >
          {t('cases.letters.overdueOnly')}
        </Checkbox>
      </Flex>
      {letters.error && (
        <Typography.Text type="danger">{errorMessage(letters.error, language)}</Typography.Text>
      )}
      <Table<LetterRow>
        rowKey="id"
        size="middle"
        data-testid="letters-table"
        loading={letters.isFetching}
        dataSource={letters.data?.items ?? []}
        scroll={{ x: 1300 }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: letters.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setQuery({ page, pageSize }),
        }}
        columns={[
          {
            title: t('cases.letters.case'),
            dataIndex: 'caseNumber',
            width: 190,
            render: (n: string, row) => <Link to={`/cases/${row.caseId}`}>{n}</Link>,
          },
          ...letterColumns<LetterRow>(t, language, handle ? setResponding : undefined),
        ]}
      />
      <RecordResponseModal letter={responding} onClose={() => setResponding(undefined)} />
    </Space>
  );
}
