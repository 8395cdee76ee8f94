// What the forms read from the cached session answer, without asking the server.
import { useQueryClient, type QueryClient, type QueryState } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useSyncExternalStore } from 'react';
import type { SessionState } from '../core/session.js';
import { sessionQueryKey } from '../hooks/queryKeys.js';

/** How many answers the session query has had so far: a sign-in form notes it when it succeeds. */
export function sessionAnswers(queryClient: QueryClient): number {
  return queryClient.getQueryState(sessionQueryKey)?.dataUpdateCount ?? 0;
}

/**
 * A fact about the cached session answer (`['bizkithub', 'session']`), read on each render and on
 * each change of the cache, without asking the server: a form that was hidden (React `<Activity>`,
 * a route Next keeps) sees the current answer the moment it shows again. `read` returns a primitive.
 */
export function useSessionAnswer<T extends string | number | boolean>(read: (state: QueryState<SessionState> | undefined) => T): T {
  const queryClient = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => queryClient.getQueryCache().subscribe(onChange), [queryClient]);
  const snapshot = () => read(queryClient.getQueryState<SessionState>(sessionQueryKey));
  // Server rendering and hydration read "no answer yet", as the server did: no mismatch.
  return useSyncExternalStore(subscribe, snapshot, () => read(undefined));
}

/**
 * Calls `onEnded` once the session query says "signed out" after its answer number `since` (from
 * `sessionAnswers`): `useSignOut` anywhere on the page, or a refetch that found the session gone
 * (another tab signed out). `since` undefined watches nothing. Checked in a layout effect, so a
 * form that was hidden (React `<Activity>`, a route Next keeps) is corrected before it is painted
 * again, and then on every change of the cache while it shows.
 */
export function useSessionEnded(since: number | undefined, onEnded: () => void): void {
  const queryClient = useQueryClient();
  useLayoutEffect(() => {
    if (since === undefined) return;
    const check = () => {
      const state = queryClient.getQueryState<SessionState>(sessionQueryKey);
      if (state?.data?.status === 'signed-out' && state.dataUpdateCount > since) onEnded();
    };
    check();
    return queryClient.getQueryCache().subscribe(check);
  }, [queryClient, since, onEnded]);
}
