import { Alert, Card, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fetchSystemFacts } from '../../api/system';
import { CoveragePanel } from './coverage/CoveragePanel';
import { EnterprisesPanel } from './enterprises/EnterprisesPanel';
import { registerRegistryMessages } from './register-messages';

registerRegistryMessages();

const tabs = ['coverage', 'enterprises'] as const;
type RegistryTab = (typeof tabs)[number];

/**
 * Organisations and coverage: each part has its own address (`/registry/<tab>/…`) to link to and come back to.
 * Everything shown is limited by the server to the user's area.
 */
export function RegistryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rest = useParams()['*'] ?? '';
  const [head] = rest.split('/');
  const facts = useQuery({ queryKey: ['system'], queryFn: fetchSystemFacts });
  const active: RegistryTab = tabs.find((tab) => tab === head) ?? 'coverage';
  const panels: Record<RegistryTab, React.ReactNode> = {
    coverage: <CoveragePanel />,
    enterprises: <EnterprisesPanel />,
  };

  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 8 } }}>
      {facts.data?.demoData && (
        <Alert
          type="warning"
          showIcon
          banner
          title={t('registry.demoNotice')}
          style={{ marginBottom: 8 }}
          data-testid="demo-notice"
        />
      )}
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/registry/${key}`)}
        destroyOnHidden
        items={tabs.map((tab) => ({ key: tab, label: t(`registry.tabs.${tab}`), children: panels[tab] }))}
      />
    </Card>
  );
}
