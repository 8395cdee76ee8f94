import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../client/errors.js';
import type { Session } from '../client/session.js';
import { fetchSession } from '../client/fetchSession.js';
import { useBizKitHub } from './BizKitHubProvider.js';
import { isClientObject } from './clientSource.js';
import { sessionQueryKey } from './queryKeys.js';
import { sessionOf } from './sessionOf.js';

/** The usual TanStack query options, less the key and function the hook fills in. */
export type UseSessionOptions = Omit<UseQueryOptions<Session, BizKitHubError>, 'queryKey' | 'queryFn'>;

/**
 * Who is looking at this page: `data` is `{ loggedIn: false }` or `{ loggedIn: true, account }`.
 * A TanStack query with the key `['bizkithub', 'session']`. In server mode it asks your handler's
 * `GET /session` (the HttpOnly cookie travels with it); in direct mode it asks account-info with
 * the identity the last sign-in returned, kept in memory only. Pass `initialData` from
 * `getSession()` on your server to render the account without a loading state.
 */
export function useSession(options?: UseSessionOptions): UseQueryResult<Session, BizKitHubError> {
  const { source, initialSession } = useBizKitHub();
  const initialData = sessionOf(initialSession);
  return useQuery<Session, BizKitHubError>({
    ...(initialData ? { initialData } : {}),
    ...options,
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => (isClientObject(source) ? source.getSession({ signal }) : fetchSession(source, { signal })),
  });
}
