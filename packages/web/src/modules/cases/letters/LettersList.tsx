import { useState } from 'react';
import { Checkbox, Flex, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { letterKinds, type LetterKind } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
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
  const [kind, setKind] = useState<LetterKind>();
  const [overdue, setOverdue] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [responding, setResponding] = useState<LetterRow>();
  const query = { ...paging, kind, overdue: overdue ? ('true' as const) : undefined };
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
          value={kind ?? ''}
          onChange={(v) => {
            setKind((v || undefined) as LetterKind | undefined);
            setPaging({ ...paging, page: 1 });
          }}
          options={[
            { value: '', label: `${t('cases.letters.kind')}：${t('cases.list.all')}` },
            ...letterKinds.map((k) => ({ value: k, label: letterKindLabel(k, language) })),
          ]}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            setPaging({ ...paging, page: 1 });
          }}
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
          current: paging.page,
          pageSize: paging.pageSize,
          total: letters.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
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
