import type { SessionState } from '../core/session.js';
import { useBizKitHub } from './BizKitHubProvider.js';
import { useSession, type UseSessionOptions } from './useSession.js';

/**
 * What `useAccount` says: the `SessionState` as a page can show it, plus `'loading'`, a moment
 * that `useSession` tells by `isPending` and that a `SessionState` never is:
 * - `'loading'`: the first request runs, and the server rendered no answer; never longer than that one request;
 * - `'signed-in'` (with `account`) and `'signed-out'`: the session's own answer;
 * - `'unavailable'`: the session could not be read (BizKitHub or your handler unreachable), neither
 *   signed in nor out. Said as soon as one request failed, or at once when the provider's
 *   `initialSession` is `'unavailable'`; the query keeps asking meanwhile, and the status changes
 *   when an answer comes.
 */
export type AccountState = SessionState | { status: 'loading'; account?: undefined };

const loading: AccountState = { status: 'loading' };
const unavailable: AccountState = { status: 'unavailable' };

/**
 * The signed-in customer's account for markup of your own, as one status: `'loading'`,
 * `'signed-in'` (with `account`), `'signed-out'` or `'unavailable'`. Built on `useSession`, so it
 * follows sign-in and sign-out at once and takes the provider's `initialSession`. `'loading'`
 * lasts one request at most: an outage reads as `'unavailable'` while the retries run.
 *
 * @example
 * const { status, account } = useAccount();
 * if (status === 'signed-in') return <p>Store credit: {account.creditBalance}</p>;
 */
export function useAccount(options?: UseSessionOptions): AccountState {
  const { initialSession } = useBizKitHub();
  const { data, isError, failureCount } = useSession(options);
  if (data) return data;
  // An outage is told at once, not after the query's retries: the server already failed to ask
  // (initialSession), or one request of ours did.
  return isError || failureCount > 0 || initialSession?.status === 'unavailable' ? unavailable : loading;
}
