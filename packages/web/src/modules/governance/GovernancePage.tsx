import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EvaluationPanel } from './evaluation/EvaluationPanel';
import { InferencePanel } from './inference/InferencePanel';
import { registerGovernanceMessages } from './register-messages';
import { SandboxPanel } from './sandbox/SandboxPanel';
import { ScorecardsPanel } from './scorecards/ScorecardsPanel';
import { useSession } from '../../shell/session';

registerGovernanceMessages();

const tabs = ['evaluation', 'inference', 'sandbox', 'scorecards'] as const;
type Tab = (typeof tabs)[number];

/** Governance at `/governance/<tab>`: before/after, inference, the sandbox (officers) and the scorecards. */
export function GovernancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const segment = (useParams()['*'] ?? '').split('/')[0];
  const officer = session.data?.user.role === 'city_admin' || session.data?.user.role === 'district_officer';
  const visible = tabs.filter((tab) => tab !== 'sandbox' || officer);
  const active: Tab = visible.includes(segment as Tab) ? (segment as Tab) : 'evaluation';
  const panels: Record<Tab, React.ReactNode> = {
    evaluation: <EvaluationPanel />,
    inference: <InferencePanel />,
    sandbox: <SandboxPanel />,
    scorecards: <ScorecardsPanel />,
  };
  return (
    <Card variant="borderless" title={t('governance.title')}>
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => void navigate(`/governance/${key}`)}
        items={visible.map((tab) => ({
          key: tab,
          label: t(`governance.tabs.${tab}`),
          children: panels[tab],
        }))}
      />
    </Card>
  );
}
