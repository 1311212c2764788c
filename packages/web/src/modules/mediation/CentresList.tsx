import { Button, Flex, List, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/api-error';
import { localized } from '../../i18n/localized';
import { useLanguage, useSession } from '../../shell/session';
import { useUserArea } from '../registry/scope';
import { listCentres, mediationKeys, type Centre } from './api';
import { OpenCentreModal, SeatMediatorModal } from './CentreForms';

/**
 * The centres of the user's area with the mediators seated at each. The city federation and district officers
 * (as the server's policy allows) open centres and seat mediators here.
 */
export function CentresList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const area = useUserArea();
  const role = session.data?.user.role;
  const manages = (role === 'city_admin' || role === 'district_officer') && area !== undefined;
  const [opening, setOpening] = useState(false);
  const [seating, setSeating] = useState<Centre>();
  const centres = useQuery({ queryKey: mediationKeys.centres, queryFn: listCentres });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('mediation.centres.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('mediation.centres.intro')}</Typography.Text>
        </div>
        {manages && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('mediation.centres.open')}
          </Button>
        )}
      </Flex>
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
          ...(manages
            ? [
                {
                  key: 'seat',
                  width: 130,
                  render: (_: unknown, c: Centre) => (
                    <Button size="small" icon={<UserAddOutlined />} onClick={() => setSeating(c)}>
                      {t('mediation.centres.seat')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {manages && (
        <>
          <OpenCentreModal area={area} open={opening} onClose={() => setOpening(false)} />
          <SeatMediatorModal centre={seating} onClose={() => setSeating(undefined)} />
        </>
      )}
    </Space>
  );
}
