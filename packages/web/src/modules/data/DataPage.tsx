import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CatalogueList } from './CatalogueList';
import { DatasetDetailView } from './DatasetDetailView';
import { registerDataMessages } from './register-messages';
import { UploadPanel } from './UploadPanel';

registerDataMessages();

const tabs = ['catalogue', 'upload'] as const;

/** Platform data: the catalogue at `/data/catalogue`, one dataset at `/data/datasets/<id>`, uploads at `/data/upload`. */
export function DataPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [head, id] = (useParams()['*'] ?? '').split('/');
  if (head === 'datasets' && id)
    return (
      <Card variant="borderless">
        <DatasetDetailView id={decodeURIComponent(id)} />
      </Card>
    );
  const active = tabs.find((tab) => tab === head) ?? 'catalogue';
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 8 } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/data/${key}`)}
        items={[
          { key: 'catalogue', label: t('data.tabs.catalogue'), children: <CatalogueList /> },
          { key: 'upload', label: t('data.tabs.upload'), children: <UploadPanel /> },
        ]}
      />
    </Card>
  );
}
