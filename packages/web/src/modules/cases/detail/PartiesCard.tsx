import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@gigpact/contracts';

type Party = CaseDetail['parties'][number];

/** The parties as the server sends them: in full to those who work the case, masked (张*, 138****5678) otherwise. */
export function PartiesCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('cases.detail.parties')}
      extra={
        !detail.personalDataShown && (
          <Typography.Text type="secondary">{t('cases.detail.partiesMasked')}</Typography.Text>
        )
      }
      data-testid="case-parties"
    >
      <Table<Party>
        size="small"
        pagination={false}
        rowKey={(p, i) => `${p.kind}-${p.name}-${i}`}
        dataSource={detail.parties}
        columns={[
          {
            title: t('cases.detail.partyKind'),
            dataIndex: 'kind',
            width: 100,
            render: (kind: Party['kind']) => t(`cases.detail.partyKinds.${kind}`),
          },
          { title: t('cases.detail.partyName'), dataIndex: 'name' },
          {
            title: t('cases.detail.partyContact'),
            dataIndex: 'contact',
            render: (contact: string | null) => contact ?? '—',
          },
        ]}
      />
    </Card>
  );
}
