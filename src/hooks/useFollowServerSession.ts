import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect } from 'react';
import type { SessionState } from '../core/session.js';
import { sessionQueryKey } from './queryKeys.js';

/**
 * A later server render of the page (a `router.refresh()`, a server action's redirect after
 * `signOut()`) hands the provider the session as the server now sees it. When that differs from the
 * session the browser holds (signed in or not), the browser takes the server's, and says so through
 * `onSessionChange`: the header, the forms and `useSession` follow a sign-out that happened on the
 * server. (Another customer's sign-in elsewhere is the session query's to notice, on its next fetch.)
 */
export function useFollowServerSession(initialSession: SessionState | undefined, sessionChanged: () => void): void {
  // Read from the context, not useQueryClient(): a provider without a QueryClient still renders.
  const queryClient = useContext(QueryClientContext);
  useEffect(() => {
    const held = queryClient?.getQueryData<SessionState>(sessionQueryKey);
    // Nothing held yet (or the server could not tell): the next useSession starts from initialSession.
    if (!initialSession || initialSession.status === 'unavailable' || !held) return;
    if (held.status === initialSession.status) return;
    // The handler's features (which routes it serves) are no part of who is signed in: they stay.
    queryClient?.setQueryData<SessionState>(sessionQueryKey, { ...initialSession, features: held.features });
    sessionChanged();
  }, [initialSession, queryClient, sessionChanged]);
}
