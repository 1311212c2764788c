import { List, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage } from '../../shell/session';
import { listCentres, mediationKeys, type Centre } from './api';

/** The centres of the user's area with the mediators seated at each. */
export function CentresList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const centres = useQuery({ queryKey: mediationKeys.centres, queryFn: listCentres });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('mediation.centres.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('mediation.centres.intro')}</Typography.Text>
      </div>
      {centres.error && (
        <Typography.Text type="danger">{errorMessage(centres.error, language)}</Typography.Text>
      )}
      <Table<Centre>
        rowKey="id"
        size="middle"
        data-testid="centres-table"
        loading={centres.isLoading}
        dataSource={centres.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('mediation.centres.name'), dataIndex: 'name' },
          {
            title: t('mediation.centres.district'),
            dataIndex: 'districtName',
            width: 100,
            render: (name: Centre['districtName']) => localized(name, language),
          },
          { title: t('mediation.centres.address'), dataIndex: 'address', width: 260, ellipsis: true },
          { title: t('mediation.centres.phone'), dataIndex: 'phone', width: 140 },
          {
            title: t('mediation.centres.mediators'),
            dataIndex: 'mediators',
            render: (mediators: Centre['mediators']) =>
              mediators.length === 0 ? (
                <Typography.Text type="secondary">{t('mediation.centres.none')}</Typography.Text>
              ) : (
                <List
                  size="small"
                  split={false}
                  dataSource={mediators}
                  renderItem={(m) => <Tag key={m.id}>{m.displayName}</Tag>}
                />
              ),
          },
        ]}
      />
    </Space>
  );
}
