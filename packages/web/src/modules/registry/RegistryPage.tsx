import type { ReactNode } from 'react';
import { Alert, Card, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fetchSystemFacts } from '../../api/system';
import { CoveragePanel } from './coverage/CoveragePanel';
import { EnterprisesPanel } from './enterprises/EnterprisesPanel';
import { ImportPanel } from './imports/ImportPanel';
import { MembersPanel } from './members/MembersPanel';
import { OrganisationsPanel } from './organisations/OrganisationsPanel';
import { PlatformDetail } from './platforms/PlatformDetail';
import { PlatformsPanel } from './platforms/PlatformsPanel';
import { registerRegistryMessages } from './register-messages';

registerRegistryMessages();

const tabs = ['coverage', 'organisations', 'platforms', 'enterprises', 'import', 'members'] as const;
type RegistryTab = (typeof tabs)[number];

/**
 * Organisations and coverage: each part has its own address (`/registry/<tab>/…`) to link to and come back to.
 * Everything shown is limited by the server to the user's area.
 */
export function RegistryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [head, detail] = (useParams()['*'] ?? '').split('/');
  const active: RegistryTab = tabs.find((tab) => tab === head) ?? 'coverage';
  const facts = useQuery({ queryKey: ['system'], queryFn: fetchSystemFacts });
  const panels: Record<RegistryTab, ReactNode> = {
    coverage: <CoveragePanel />,
    organisations: <OrganisationsPanel />,
    platforms: detail ? <PlatformDetail code={decodeURIComponent(detail)} /> : <PlatformsPanel />,
    enterprises: <EnterprisesPanel />,
    import: <ImportPanel />,
    members: <MembersPanel />,
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
