import type { UnionStatus } from '@gigpact/contracts';
import type { EnterpriseChange, EnterpriseSummary } from '../../../api/registry';

/** What the edit form holds; dates are the picker's own type until they are sent. */
export interface EnterpriseForm<DateValue> {
  name: string;
  creditCode: string;
  street: string | undefined;
  unionStatus: UnionStatus;
  unionFoundedOn: DateValue | undefined;
  workers: number;
}

/**
 * Only the fields the user changed go to the server, with the version they saw: a field nobody touched can then
 * never overwrite what someone else saved meanwhile. A founding date belongs to a founded union only.
 */
export function enterpriseChange(base: EnterpriseSummary, values: EnterpriseForm<string>): EnterpriseChange {
  const change: EnterpriseChange = { version: base.version };
  const name = values.name.trim();
  const creditCode = values.creditCode.trim().toUpperCase() || null;
  const street = values.street ?? null;
  const unionFoundedOn = values.unionStatus === 'founded' ? (values.unionFoundedOn ?? null) : null;
  if (name !== base.name) change.name = name;
  if (creditCode !== base.creditCode) change.creditCode = creditCode;
  if (street !== base.street) change.street = street;
  if (values.unionStatus !== base.unionStatus) change.unionStatus = values.unionStatus;
  if (unionFoundedOn !== base.unionFoundedOn) change.unionFoundedOn = unionFoundedOn;
  if (values.workers !== base.workers) change.workers = values.workers;
  return change;
}
