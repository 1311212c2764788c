import type { ReactNode } from 'react';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CentresList } from './CentresList';
import { registerMediationMessages } from './register-messages';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { RequestList } from './RequestList';
import { SmallClaimForm } from './SmallClaimForm';

registerMediationMessages();

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const tabs = ['requests', 'small-claim', 'centres'] as const;
type Tab = (typeof tabs)[number];
const tabLabel: Record<Tab, string> = {
  requests: 'mediation.tabs.requests',
  'small-claim': 'mediation.tabs.smallClaim',
  centres: 'mediation.tabs.centres',
};

/**
 * One-stop mediation: requests at `/mediation` (one at `/mediation/<id>`, a new one at `/mediation/new`, from a
 * case with `?caseId=`), the small-claim quick path at `/mediation/small-claim`, the centres at
 * `/mediation/centres`.
 */
export function MediationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [head = ''] = (useParams()['*'] ?? '').split('/');
  if (uuid.test(head))
    return (
      <Card variant="borderless">
        <RequestDetail id={head} />
      </Card>
    );
  const active: Tab = tabs.find((tab) => tab === head) ?? 'requests';
  const panels: Record<Tab, ReactNode> = {
    requests: head === 'new' ? <RequestForm /> : <RequestList />,
    'small-claim': <SmallClaimForm />,
    centres: <CentresList />,
  };
  return (
    <Card variant="borderless" styles={{ body: { paddingTop: 8 } }}>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(key === 'requests' ? '/mediation' : `/mediation/${key}`)}
        destroyOnHidden
        items={tabs.map((tab) => ({ key: tab, label: t(tabLabel[tab]), children: panels[tab] }))}
      />
    </Card>
  );
}
