import { RuleError } from '../errors';
import type { AgreementStatus } from './types';

/**
 * An agreement moves draft → negotiating → signed → in force → superseded. Negotiation may return to a draft;
 * a signed agreement that never took effect may be superseded directly; nothing leaves `superseded`.
 */
const next: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['negotiating'],
  negotiating: ['draft', 'signed'],
  signed: ['in_force', 'superseded'],
  in_force: ['superseded'],
  superseded: [],
};

export function nextStatuses(status: AgreementStatus): readonly AgreementStatus[] {
  return next[status];
}

export function assertTransition(from: AgreementStatus, to: AgreementStatus): void {
  if (!next[from].includes(to))
    throw new RuleError(
      `协议状态不能从 ${from} 变为 ${to}（可变为：${next[from].join(', ') || '无'}）`,
      `an agreement cannot go from ${from} to ${to} (allowed: ${next[from].join(', ') || 'none'})`,
      { path: ['status'] },
    );
}
