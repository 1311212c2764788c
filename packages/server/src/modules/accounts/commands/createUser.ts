import type { Role } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import { hashPassword } from '../../../platform/security/passwords';
import { checkAreaForRole } from '../area-rules';
import { checkPasswordRules } from '../password-rules';
import type { UserRow } from '../schema';
import { insertUser } from '../users.repository';

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  area: string;
  password: string;
  language?: 'zh' | 'en';
}

/** Creates an account after checking its area fits its role and its password follows the rules. */
export async function createUser(db: Database, input: CreateUserInput): Promise<UserRow> {
  const checked = checkAreaForRole(input.role, input.area);
  if ('issues' in checked) throw errors.validation(checked.issues);
  checkPasswordRules(input.password, 'password');
  const row = await insertUser(db, {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    area: input.area,
    language: input.language ?? 'zh',
    passwordHash: await hashPassword(input.password),
  });
  if (!row) {
    throw errors.conflict({
      zh: `用户名 ${input.username} 已被使用`,
      en: `the user name ${input.username} is taken`,
    });
  }
  return row;
}
