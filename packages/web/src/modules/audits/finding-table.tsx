import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type FindingState, moneyLabel } from '@gigpact/contracts';
import { useLanguage, useSession } from '../../shell/session';
import { districtChoices, stateColours } from './labels';

/** The district filter's choices: every district, or the reader's own, after "all districts". */
export function useDistrictFilterOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  return [
    { value: '', label: t('audits.findings.filterAll', { name: t('audits.findings.district') }) },
    ...districtChoices(session.data?.user.area ?? '').map((d) => ({ value: d.code, label: d[language] })),
  ];
}

/** The pager of a findings table: the page and size the filters hold, and the count of all that match. */
export function findingsPager(filters: { page: number; pageSize: number }, total: number, t: TFunction) {
  return {
    current: filters.page,
    pageSize: filters.pageSize,
    total,
    showTotal: (count: number) => t('common.total', { count }),
  };
}

/** A clause by its number and title, as the per-clause table names it (the number alone without a title). */
export const clauseLabel = (clauseId: string, title: string | null | undefined) =>
  title ? `${clauseId} ${title}` : clauseId;

/** A finding's amount, right-aligned, sortable. */
export const amountColumn = (t: TFunction) => ({
  title: t('audits.findings.amount'),
  dataIndex: 'amount',
  width: 90,
  align: 'right' as const,
  sorter: true,
  render: (a: string | null) => moneyLabel(a),
});

/** A finding's state as a coloured tag. */
export const stateColumn = (t: TFunction) => ({
  title: t('audits.findings.state'),
  dataIndex: 'state',
  width: 90,
  render: (s: FindingState) => <Tag color={stateColours[s]}>{t(`audits.states.${s}`)}</Tag>,
});
