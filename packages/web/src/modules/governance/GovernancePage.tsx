import { Alert, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EvaluationPanel } from './evaluation/EvaluationPanel';
import { InferencePanel } from './inference/InferencePanel';
import { registerGovernanceMessages } from './register-messages';
import { SandboxPanel } from './sandbox/SandboxPanel';
import { ScorecardsPanel } from './scorecards/ScorecardsPanel';
import { pickGovernanceTab, type GovernanceTab } from './tabs';
import { useSession } from '../../shell/session';

registerGovernanceMessages();

/**
 * Governance at `/governance/<tab>`: before/after, inference, the sandbox (officers) and the scorecards. A reader
 * sent to the sandbox who may not use it is told so above the before/after.
 */
export function GovernancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const segment = (useParams()['*'] ?? '').split('/')[0] ?? '';
  const { visible, active, refused } = pickGovernanceTab(segment, session.data?.user.role);
  const panels: Record<GovernanceTab, React.ReactNode> = {
    evaluation: <EvaluationPanel />,
    inference: <InferencePanel />,
    sandbox: <SandboxPanel />,
    scorecards: <ScorecardsPanel />,
  };
  return (
    <Card variant="borderless" title={t('governance.title')}>
      {refused === 'sandbox' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="sandbox-not-for-role"
          title={t('governance.sandbox.notForRole')}
        />
      )}
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
