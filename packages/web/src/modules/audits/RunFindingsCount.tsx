import type { AuditRunView } from '@gigpact/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A run's findings as its reader counts them: the whole run's for the city; for a district officer or a platform's
 * representative, those inside their district or platform, marked so; a dash until the run has succeeded.
 */
export function RunFindingsCount({ run }: { run: AuditRunView }) {
  const { t } = useTranslation();
  if (run.findingsCount !== null) return <>{run.findingsCount}</>;
  if (run.findingsInScope === null) return <>—</>;
  return (
    <span data-testid="run-findings-in-scope">
      {run.findingsInScope}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('audits.runs.inScope')}
      </Typography.Text>
    </span>
  );
}
