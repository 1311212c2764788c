import type { Database } from '../../../platform/db/client';
import { recordAudit } from '../../audit-log/audit-log.repository';
import type { UserRow } from '../schema';
import { createUser, type CreateUserInput } from './createUser';

/**
 * `gigpact user create`: the operator creates an account, checked as `createUser` checks it. Written to the audit
 * log with no actor (the system), as done at the command line.
 */
export async function createUserAtCommandLine(db: Database, input: CreateUserInput): Promise<UserRow> {
  const created = await createUser(db, input);
  await recordAudit(db, {
    actorId: null,
    actorUsername: null,
    action: 'user.create',
    subject: `user:${created.username}`,
    details: { via: 'command line', role: created.role, area: created.area },
  });
  return created;
}
