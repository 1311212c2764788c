import { Card } from 'antd';
import { useParams } from 'react-router';
import { FindingPage } from './FindingPage';
import { registerAuditMessages } from './register-messages';
import { RunDetail } from './RunDetail';
import { RunList } from './RunList';

registerAuditMessages();

/**
 * Audits: the runs at `/audits`, one run (progress, per-clause results, findings, metrics) at
 * `/audits/runs/<id>`, one finding at `/audits/runs/<id>/findings/<key>`.
 */
export function AuditsPage() {
  const [head, runId, part, ...rest] = (useParams()['*'] ?? '').split('/');
  const key = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return (
    <Card variant="borderless">
      {head === 'runs' && runId && part === 'findings' && key ? (
        <FindingPage runId={runId} findingKey={key} />
      ) : head === 'runs' && runId ? (
        <RunDetail id={runId} />
      ) : (
        <RunList />
      )}
    </Card>
  );
}
