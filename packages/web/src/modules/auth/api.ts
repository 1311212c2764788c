import type { PasswordChangeRequest } from '@gigpact/contracts';
import { api } from '../../api/client';

/** Changes the signed-in user's own password; the user's other sessions end, this one stays. */
export function changePassword(change: PasswordChangeRequest): Promise<void> {
  return api.request<void>('/api/session/password', { method: 'PUT', body: change });
}
