import type { Account } from '../client/session.js';
import { useSession, type UseSessionOptions } from './useSession.js';

/** What `useAccount` says about the customer looking at the page. */
export type AccountState =
  | { status: 'loading'; account: undefined }
  | { status: 'signed-in'; account: Account }
  | { status: 'signed-out'; account: undefined }
  /** The session could not be read (BizKitHub or your handler unreachable): neither signed in nor out. */
  | { status: 'unavailable'; account: undefined };

/**
 * The signed-in customer's account for markup of your own, as one status: `'loading'`,
 * `'signed-in'` (with `account`), `'signed-out'` or `'unavailable'`. Built on `useSession`, so it
 * follows sign-in and sign-out at once and takes the provider's `initialSession`.
 *
 * @example
 * const { status, account } = useAccount();
 * if (status === 'signed-in') return <p>Store credit: {account.creditBalance}</p>;
 */
export function useAccount(options?: UseSessionOptions): AccountState {
  const { data, isError } = useSession(options);
  if (data?.loggedIn) return { status: 'signed-in', account: data.account };
  if (data?.loggedIn === false) return { status: 'signed-out', account: undefined };
  return { status: isError ? 'unavailable' : 'loading', account: undefined };
}
