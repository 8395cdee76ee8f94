import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { BizKitHubError } from '../core/errors.js';
import type { SessionState } from '../core/session.js';
import { fetchSession } from '../client/fetchSession.js';
import { useBizKitHub } from './BizKitHubProvider.js';
import type { ClientSource } from '../client/config.js';
import { isClientObject } from './clientSource.js';
import { sessionQueryKey } from './queryKeys.js';

/** While the session is unknown (its retries failed), ask again this often, so an outage ends by itself. */
const sessionRetryIntervalMs = 30_000;

/** The usual TanStack query options, less the key and function the hook fills in. */
export type UseSessionOptions = Omit<UseQueryOptions<SessionState, BizKitHubError>, 'queryKey' | 'queryFn'>;

/**
 * Who is looking at this page: `data` is a `SessionState`, `{ status: 'signed-in', account }` or
 * `{ status: 'signed-out' }` (an outage is the query's `error`, while it retries). A TanStack query
 * with the key `['bizkithub', 'session']`. In server mode it asks your handler's `GET /session`
 * (the HttpOnly cookie travels with it); in direct mode it asks account-info with the identity the
 * last sign-in returned, kept in memory only. The provider's `initialSession` (from `auth()` or
 * `readSession()` on your server) is its first answer, so the account renders without a loading
 * state. When every retry failed, it asks again every 30 seconds (`refetchInterval`, while the page
 * is visible) until an answer comes.
 */
export function useSession(options?: UseSessionOptions): UseQueryResult<SessionState, BizKitHubError> {
  const { source, initialSession } = useBizKitHub();
  // 'unavailable' is no answer to start from: the query asks at once.
  const initialData = initialSession?.status === 'unavailable' ? undefined : initialSession;
  return useQuery<SessionState, BizKitHubError>({
    ...(initialData ? { initialData } : {}),
    refetchInterval: (query) => (query.state.status === 'error' ? sessionRetryIntervalMs : false),
    ...options,
    queryKey: sessionQueryKey,
    queryFn: sessionQueryFn(source),
  });
}

/** What `useSession` asks: your handler's `/session` (server mode), or account-info (direct mode). */
function sessionQueryFn(source: ClientSource) {
  return ({ signal }: { signal: AbortSignal }): Promise<SessionState> =>
    isClientObject(source) ? source.fetchSession({ signal }) : fetchSession(source, { signal });
}
