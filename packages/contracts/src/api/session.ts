import { z } from 'zod';
import { roles } from '../roles';
import { productModules } from '../modules';

/** The rules every new password follows, whoever sets it: on creation, a change, a reset, or the command line. */
export const passwordLength = { min: 10, max: 256 } as const;

/** A password being set: the same rules on creation, on a change by its user, and on a reset. */
export const newPasswordSchema = z.string().min(passwordLength.min).max(passwordLength.max);

export const loginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

/** Who an account is and where, as the session and the administration page both show it. */
export const userIdentity = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  area: z.string(),
  areaName: z.object({ zh: z.string(), en: z.string() }),
});

export const sessionUser = userIdentity.extend({
  language: z.enum(languages),
  modules: z.array(z.enum(productModules)),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const preferencesRequest = z.object({ language: z.enum(languages) });

/** A signed-in user changing their own password: the current one proves it is them. */
export const passwordChangeRequest = z.object({
  currentPassword: z.string().min(1).max(passwordLength.max),
  newPassword: newPasswordSchema,
});
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequest>;
