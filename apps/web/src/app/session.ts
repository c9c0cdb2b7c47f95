import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionDto } from '@vioc/contracts';
import { api, ApiError, setCsrfToken } from '../shared/api';

export const SESSION_KEY = ['session'] as const;

/** GET /api/auth/session: the session, or null when signed out (401). */
export async function fetchSession(): Promise<SessionDto | null> {
  try {
    const session = await api.get('/api/auth/session', { silent: true, allow401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

/** Stores a SessionDto answered by sign-in, TOTP, password change… (or null after sign-out). */
export function applySession(qc: QueryClient, session: SessionDto | null): void {
  setCsrfToken(session?.csrfToken ?? null);
  if (session === null) {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'config' });
  }
  qc.setQueryData(SESSION_KEY, session);
}

export function useApplySession() {
  const qc = useQueryClient();
  return (session: SessionDto | null) => applySession(qc, session);
}

/** Signed in with every factor the account needs. */
export function isComplete(session: SessionDto | null | undefined): boolean {
  return !!session && !session.mfaRequired && !session.mfaSetupRequired;
}

/** The part of a response that is a SessionDto, when a route answers one (else null). */
export function asSession(value: unknown): SessionDto | null {
  if (typeof value === 'object' && value !== null && 'csrfToken' in value && 'user' in value) {
    return value as SessionDto;
  }
  return null;
}
