import { agreementStatuses, type AgreementStatusName, type AgreementSummary } from '@gigpact/contracts';

/** The status a list address asks for (`?status=in_force`); none, or one not known, means all statuses. */
export function statusFromSearch(search: URLSearchParams): AgreementStatusName | undefined {
  const status = search.get('status');
  return agreementStatuses.find((s) => s === status);
}

/** The agreements of one status, or all; a franchisee agreement stays as a row of its own when its brand's is left out. */
export function withStatus(
  items: AgreementSummary[],
  status: AgreementStatusName | undefined,
): AgreementSummary[] {
  return status ? items.filter((a) => a.status === status) : items;
}
