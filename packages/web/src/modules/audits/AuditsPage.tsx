import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { registerAgreementMessages } from '../agreements/register-messages';
import { FindingPage } from './FindingPage';
import { FindingsAcrossRuns } from './FindingsAcrossRuns';
import { registerAuditMessages } from './register-messages';
import { RunDetail } from './RunDetail';
import { RunList } from './RunList';

registerAuditMessages();
// A run names what its agreement covers in the agreement pages' words.
registerAgreementMessages();

/**
 * Audits: the runs at `/audits`, the findings of the latest run of each agreement at `/audits/findings` (the
 * dashboard's open findings at `?state=open`), one run (progress, per-clause results, findings, metrics) at
 * `/audits/runs/<id>`, one finding at `/audits/runs/<id>/findings/<key>`.
 */
export function AuditsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [head, runId, part, ...rest] = (useParams()['*'] ?? '').split('/');
  const key = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  if (head === 'runs' && runId)
    return (
      <Card variant="borderless">
        {part === 'findings' && key ? (
          <FindingPage runId={runId} findingKey={key} />
        ) : (
          <RunDetail id={runId} />
        )}
      </Card>
    );
  const active = head === 'findings' ? 'findings' : 'runs';
  return (
    <Card variant="borderless">
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(tab) => void navigate(tab === 'findings' ? '/audits/findings?state=open' : '/audits')}
        items={[
          { key: 'runs', label: t('audits.tabs.runs'), children: active === 'runs' && <RunList /> },
          {
            key: 'findings',
            label: t('audits.tabs.findings'),
            children: active === 'findings' && <FindingsAcrossRuns />,
          },
        ]}
      />
    </Card>
  );
}
