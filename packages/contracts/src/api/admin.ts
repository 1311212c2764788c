import { z } from 'zod';
import { roles } from '../roles';
import { newPasswordSchema, userIdentity } from './session';

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const userSummary = userIdentity.extend({
  disabled: z.boolean(),
  /** Until when too many failed sign-ins lock the account; null when it is not locked now. */
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const usernamePattern = /^[a-z0-9][a-z0-9_.-]{1,63}$/;

export const createUserRequest = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      usernamePattern,
      '用户名：小写字母或数字开头，可含 _ . -，2–64 位 / a user name: a lower-case letter or digit, then letters, digits, _ . or -, 2–64 in all',
    ),
  displayName: z.string().trim().min(1).max(80),
  role: z.enum(roles),
  area: z.string().trim(),
  password: newPasswordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z
  .object({
    displayName: z.string().trim().min(1).max(80),
    role: z.enum(roles),
    area: z.string().trim(),
    disabled: z.boolean(),
  })
  .partial();
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

/** The city administrator setting another user's password: it ends their sessions and lifts a lockout. */
export const passwordResetRequest = z.object({ newPassword: newPasswordSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;

export const auditLogEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  subject: z.string(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  /** What the action was done with: an export's format, filters and rows, a read's filter, … */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntry>;

export const systemInfo = z.object({
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
  demoData: z.boolean(),
  startedAt: z.string(),
});
export type SystemInfo = z.infer<typeof systemInfo>;
