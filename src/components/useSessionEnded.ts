import { useQueryClient, type QueryClient, type QueryState } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { Session } from '../client/session.js';
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
export function useSessionAnswer<T extends string | number | boolean>(read: (state: QueryState<Session> | undefined) => T): T {
  const queryClient = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => queryClient.getQueryCache().subscribe(onChange), [queryClient]);
  const snapshot = () => read(queryClient.getQueryState<Session>(sessionQueryKey));
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * Whether the session query has said "signed out" since its answer number `since` (from
 * `sessionAnswers`): `useSignOut` anywhere on the page, or a refetch that found the session gone
 * (another tab signed out). `since` undefined asks nothing.
 */
export function useSessionEnded(since: number | undefined): boolean {
  return useSessionAnswer((state) => since !== undefined && state?.data?.loggedIn === false && state.dataUpdateCount > since);
}
