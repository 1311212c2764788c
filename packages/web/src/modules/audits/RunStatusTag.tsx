import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRunView } from '@gigpact/contracts';
import { formatTime } from '../admin/format';
import { runColours } from './labels';

/**
 * A run's status as a tag; a running run whose process has gone silent shows as interrupted, with since when in
 * its tooltip (it is taken up again by itself).
 */
export function RunStatusTag({
  run,
  'data-testid': testId,
}: {
  run: Pick<AuditRunView, 'status' | 'interruptedSince'>;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  if (run.interruptedSince)
    return (
      <Tooltip title={t('audits.run.interrupted', { time: formatTime(run.interruptedSince, '') })}>
        <Tag color="warning" data-testid={testId} data-status="interrupted">
          {t('audits.status.interrupted')}
        </Tag>
      </Tooltip>
    );
  return (
    <Tag color={runColours[run.status]} data-testid={testId} data-status={run.status}>
      {t(`audits.status.${run.status}`)}
    </Tag>
  );
}
