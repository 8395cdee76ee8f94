import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { Session } from '../client/session.js';
import { sessionQueryKey } from '../hooks/queryKeys.js';

/** How many answers the session query has had so far: a sign-in form notes it when it succeeds. */
export function sessionAnswers(queryClient: QueryClient): number {
  return queryClient.getQueryState(sessionQueryKey)?.dataUpdateCount ?? 0;
}

/**
 * Whether the session query has said "signed out" since its answer number `since` (from
 * `sessionAnswers`): `useSignOut` anywhere on the page, or a refetch that found the session gone
 * (another tab signed out). `since` undefined asks nothing. Read on each render, so a form that
 * was hidden (React `<Activity>`, a route Next keeps) sees it the moment it shows again.
 */
export function useSessionEnded(since: number | undefined): boolean {
  const queryClient = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => queryClient.getQueryCache().subscribe(onChange), [queryClient]);
  const ended = () => {
    const state = queryClient.getQueryState<Session>(sessionQueryKey);
    return since !== undefined && state?.data?.loggedIn === false && state.dataUpdateCount > since;
  };
  return useSyncExternalStore(subscribe, ended, () => false);
}
