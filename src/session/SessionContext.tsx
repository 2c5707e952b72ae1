import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createAwsClients, type AwsClients } from '../aws/clients.ts';
import { clearAllDrafts } from './drafts.ts';
import { clearStoredSession, isExpired, readStoredSession, storeSession } from './storage.ts';
import type { Session } from './types.ts';

interface SessionContextValue {
  session: Session | undefined;
  clients: AwsClients | undefined;
  /** Why the last session ended without the user signing out, for the sign-in page to say. */
  endedBecause: string | undefined;
  signIn: (session: Session) => void;
  signOut: () => void;
}

export const CREDENTIALS_EXPIRED_NOTICE =
  'Your credentials expired. Sign in again to continue where you left off.';

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

function initialSession(): Session | undefined {
  const stored = readStoredSession();
  if (stored && isExpired(stored)) {
    // A role session ends before the user's own: fall back to the user, as the AWS console does.
    const user = stored.switchedRole?.user;
    if (user && !isExpired(user)) {
      storeSession(user);
      return user;
    }
    clearStoredSession();
    return undefined;
  }
  return stored;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | undefined>(initialSession);
  const [endedBecause, setEndedBecause] = useState<string | undefined>();

  // Drafts of unsaved forms stay: they are restored once the user has signed in again. A late
  // answer to an earlier session's call must not end the session that replaced it, and the
  // stored session is the one in use.
  const expire = useCallback(
    (expired: Session) => {
      const inUse = readStoredSession();
      if (inUse?.credentials.AccessKeyId !== expired.credentials.AccessKeyId) return;
      clearStoredSession();
      queryClient.clear();
      setEndedBecause(CREDENTIALS_EXPIRED_NOTICE);
      setSession(undefined);
    },
    [queryClient],
  );

  const clients = useMemo(
    () =>
      session
        ? createAwsClients(session, { onCredentialsExpired: () => expire(session) })
        : undefined,
    [session, expire],
  );

  const signIn = useCallback(
    (next: Session) => {
      // Cached answers belong to whoever was signed in before.
      queryClient.clear();
      storeSession(next);
      setEndedBecause(undefined);
      setSession(next);
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    clearStoredSession();
    clearAllDrafts();
    queryClient.clear();
    setEndedBecause(undefined);
    setSession(undefined);
  }, [queryClient]);

  const value = useMemo(
    () => ({ session, clients, endedBecause, signIn, signOut }),
    [session, clients, endedBecause, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionContext needs a SessionProvider above it');
  return value;
}

/** For pages behind RequireSession: the session and its clients, which are then always set. */
export function useSignedIn(): { session: Session; clients: AwsClients } {
  const { session, clients } = useSessionContext();
  if (!session || !clients) throw new Error('useSignedIn is only for signed-in pages');
  return { session, clients };
}
