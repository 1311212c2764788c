import type { Language, LoginRequest, SessionResponse, SessionUser } from '@gigpact/contracts';
import { api } from './client';
import { ApiError } from './api-error';

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not a failure). */
export async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.request<SessionResponse>('/api/session');
    api.setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      api.setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export async function signIn(credentials: LoginRequest): Promise<SessionResponse> {
  const session = await api.request<SessionResponse>('/api/session', { method: 'POST', body: credentials });
  api.setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await api.request<void>('/api/session', { method: 'DELETE' });
  api.setCsrfToken(undefined);
}

export async function savePreferences(language: Language): Promise<SessionResponse> {
  const session = await api.request<SessionResponse>('/api/session/preferences', {
    method: 'PUT',
    body: { language },
  });
  api.setCsrfToken(session.csrfToken);
  return session;
}

export type { SessionUser };
