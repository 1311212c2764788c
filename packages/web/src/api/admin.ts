import type { AuditLogEntry, CreateUserRequest, UpdateUserRequest, UserSummary } from '@gigpact/contracts';
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

export function listAuditLog(query: PageQuery & { action?: string }): Promise<Page<AuditEntry>> {
  return api.request<Page<AuditEntry>>('/api/admin/audit-log', { query: { ...query } });
}
