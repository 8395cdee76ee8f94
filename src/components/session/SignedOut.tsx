import type { ReactNode } from 'react';
import { useSession } from '../../hooks/useSession.js';

/** What `<SignedOut>` shows once nobody is signed in. */
export interface SignedOutProps {
  /** Shown once `useSession()` knows that nobody is signed in; nothing is shown while it loads. */
  children?: ReactNode;
}

/** Renders its children only once `useSession()` knows that nobody is signed in (not while loading). */
export function SignedOut({ children }: SignedOutProps) {
  const { data } = useSession();
  return data?.status === 'signed-out' ? <>{children}</> : null;
}
