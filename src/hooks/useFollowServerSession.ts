import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect, useRef } from 'react';
import type { Session, SessionState } from '../client/session.js';
import { sessionQueryKey } from './queryKeys.js';
import { sessionOf } from './sessionOf.js';

/**
 * A later server render of the page (a `router.refresh()`, a server action's redirect after
 * `signOut()`) hands the provider the session as the server now sees it. When that differs from the
 * session the browser holds, the browser takes the server's, and says so through `onSessionChange`:
 * the header, the forms and `useSession` follow a sign-out that happened on the server.
 */
export function useFollowServerSession(initialSession: SessionState | undefined, sessionChanged: () => void): void {
  // Read from the context, not useQueryClient(): a provider without a QueryClient still renders.
  const queryClient = useContext(QueryClientContext);
  const seen = useRef(initialSession);
  useEffect(() => {
    if (seen.current === initialSession) return;
    seen.current = initialSession;
    const server = sessionOf(initialSession);
    if (!server || !queryClient) return;
    const held = queryClient.getQueryData<Session>(sessionQueryKey);
    const same = held?.loggedIn === server.loggedIn && (!server.loggedIn || (held.loggedIn && held.account.email === server.account.email));
    if (same) return;
    queryClient.setQueryData<Session>(sessionQueryKey, server);
    sessionChanged();
  }, [initialSession, queryClient, sessionChanged]);
}
