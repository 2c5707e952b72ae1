import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createAwsClients, type AwsClients } from '../aws/clients.ts';
import { clearStoredSession, isExpired, readStoredSession, storeSession } from './storage.ts';
import type { Session } from './types.ts';

interface SessionContextValue {
  session: Session | undefined;
  clients: AwsClients | undefined;
  signIn: (session: Session) => void;
  signOut: () => void;
}

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

  const clients = useMemo(() => (session ? createAwsClients(session) : undefined), [session]);

  const signIn = useCallback(
    (next: Session) => {
      // Cached answers belong to whoever was signed in before.
      queryClient.clear();
      storeSession(next);
      setSession(next);
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    clearStoredSession();
    queryClient.clear();
    setSession(undefined);
  }, [queryClient]);

  const value = useMemo(
    () => ({ session, clients, signIn, signOut }),
    [session, clients, signIn, signOut],
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
