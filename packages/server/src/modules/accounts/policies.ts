import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';

/** Who may manage accounts and read the audit log: the city federation's administrators only. */
export const accountPolicies = {
  listUsers: ((actor) => may.useModule(actor, 'admin')) satisfies Policy,
  createUser: ((actor) => may.useModule(actor, 'admin')) satisfies Policy,
  updateUser: ((actor) => may.useModule(actor, 'admin')) satisfies Policy,
  /** Set another user's password, ending their sessions and lifting a lockout. */
  resetPassword: ((actor) => may.useModule(actor, 'admin')) satisfies Policy,
  unlockUser: ((actor) => may.useModule(actor, 'admin')) satisfies Policy,
  readAuditLog: ((actor) => may.useModule(actor, 'admin') && may.isCityWide(actor)) satisfies Policy,
  /** Everyone signed in may change their own preferences and sign out. */
  manageOwnSession: (() => true) satisfies Policy,
  /** Everyone signed in may change their own password, knowing the current one. */
  changeOwnPassword: (() => true) satisfies Policy,
};
