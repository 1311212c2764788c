import { Tag, Tooltip } from 'antd';
import type { AgreementStatusName } from '@gigpact/contracts';
import { Trans, useTranslation } from 'react-i18next';
import { OneLine } from '../../shared/OneLine';
import { cityToday } from '../../shell/city-today';
import { useSession } from '../../shell/session';
import { awaitsInForce, seesInForceHint } from './effective-date';

/**
 * Beside a signed agreement's status, for the union's officers: its effective date has come and it still waits to
 * be marked in force (nothing does so by itself). Nothing otherwise.
 */
export function InForceHint({
  agreement,
}: {
  agreement: { status: AgreementStatusName; effectiveFrom: string | null };
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (!seesInForceHint(session.data?.user.role)) return null;
  if (!awaitsInForce(agreement, cityToday().format('YYYY-MM-DD'))) return null;
  return (
    <Tooltip title={t('agreements.inForceHint.explained', { date: agreement.effectiveFrom })}>
      <Tag color="warning" data-testid="in-force-hint" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
        {/* Two parts, each on one line: a narrow column breaks the tag between them, not inside a word. */}
        <Trans i18nKey="agreements.inForceHint.tag" components={{ part: <OneLine /> }} />
      </Tag>
    </Tooltip>
  );
}
