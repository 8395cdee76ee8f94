import type { ReactNode } from 'react';
import type { Account } from '../../core/account.js';
import { useSession } from '../../hooks/useSession.js';

/** What `<SignedIn>` shows while a customer is signed in. */
export interface SignedInProps {
  /** Shown while a customer is signed in; a function receives the account. */
  children?: ReactNode | ((account: Account) => ReactNode);
}

/**
 * Renders its children only while `useSession()` says a customer is signed in. Nothing is shown
 * while the session is loading or could not be read: a failed check never passes for signed in.
 */
export function SignedIn({ children }: SignedInProps) {
  const { data } = useSession();
  if (data?.status !== 'signed-in') return null;
  return <>{typeof children === 'function' ? children(data.account) : children}</>;
}
