import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language, LoginRequest, SessionResponse } from '@gigpact/contracts';
import { fetchSession, savePreferences, signIn, signOut } from '../api/session';
import { applyLanguage } from '../i18n/apply-language';
import { currentLanguage } from '../i18n';

export const sessionKey = ['session'] as const;

async function loadSession(): Promise<SessionResponse | null> {
  const session = await fetchSession();
  if (session) await applyLanguage(session.user.language);
  return session;
}

/** The current session; `data` is null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: loadSession, staleTime: Infinity, retry: false });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => signIn(credentials),
    onSuccess: async (session) => {
      // The server remembers each user's language: it wins over what was chosen on the login page.
      await applyLanguage(session.user.language);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      // Whatever the server said, the page must forget the user's data.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

/** The current language and a switch that is stored on the server once signed in, in the browser before. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  useTranslation(); // re-render when the language changes
  const queryClient = useQueryClient();
  const setLanguage = async (language: Language) => {
    await applyLanguage(language);
    const session = queryClient.getQueryData<SessionResponse | null>(sessionKey);
    if (session) queryClient.setQueryData(sessionKey, await savePreferences(language));
  };
  return { language: currentLanguage(), setLanguage };
}
