import type {
  AuditLogEntry,
  CreateUserRequest,
  PasswordResetRequest,
  UpdateUserRequest,
  UserSummary,
} from '@gigpact/contracts';
import { api } from './client';

export interface Page<T> {
  items: T[];
  total: number;
}

export type AdminUser = UserSummary;
export type NewUser = CreateUserRequest;
export type AuditEntry = AuditLogEntry;

export interface PageQuery {
  page: number;
  pageSize: number;
}

export function listUsers(query: PageQuery & { q?: string }): Promise<Page<AdminUser>> {
  return api.request<Page<AdminUser>>('/api/admin/users', { query: { ...query } });
}

export function createUser(user: NewUser): Promise<AdminUser> {
  return api.request<AdminUser>('/api/admin/users', { method: 'POST', body: user });
}

export function updateUser(id: string, change: UpdateUserRequest): Promise<AdminUser> {
  return api.request<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
  });
}

/** Sets another user's password: their sessions end and a lockout is lifted. */
export function resetPassword(id: string, reset: PasswordResetRequest): Promise<AdminUser> {
  return api.request<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/password`, {
    method: 'PUT',
    body: reset,
  });
}

/** Lifts the lockout that too many failed sign-ins put on an account. */
export function unlockUser(id: string): Promise<AdminUser> {
  return api.request<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' });
}

export function listAuditLog(query: PageQuery & { action?: string }): Promise<Page<AuditEntry>> {
  return api.request<Page<AuditEntry>>('/api/admin/audit-log', { query: { ...query } });
}
