import type { Role } from '@gigpact/contracts';
import { api } from './client';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  area: string;
  areaName: { zh: string; en: string };
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  area: string;
  password: string;
}

export type UserChange = Partial<Pick<AdminUser, 'disabled' | 'displayName' | 'role' | 'area'>>;

export interface AuditEntry {
  id: string;
  at: string;
  actorUsername: string | null;
  action: string;
  subject: string;
  ip: string;
  requestId: string;
}

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

export function updateUser(id: string, change: UserChange): Promise<AdminUser> {
  return api.request<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
  });
}

export function listAuditLog(query: PageQuery & { action?: string }): Promise<Page<AuditEntry>> {
  return api.request<Page<AuditEntry>>('/api/admin/audit-log', { query: { ...query } });
}
