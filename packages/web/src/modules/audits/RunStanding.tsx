import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRunView } from '@gigpact/contracts';

/**
 * Whether a run stands as its agreement's official audit — the one the dashboard and the findings across runs
 * read — or is a study that never replaces it; an official run a later one replaced is marked superseded. A failed
 * or cancelled run stands for nothing and shows no tag.
 */
export function RunStanding({ run }: { run: AuditRunView }) {
  const { t } = useTranslation();
  if (run.status === 'failed' || run.status === 'cancelled') return null;
  const standing = run.supersededBy ? 'superseded' : run.official ? 'official' : 'study';
  return (
    <Tooltip title={t(`audits.runs.standing.${standing}Help`)}>
      <Tag color={standing === 'official' ? 'blue' : 'default'} data-testid="run-standing">
        {t(`audits.runs.standing.${standing}`)}
      </Tag>
    </Tooltip>
  );
}
