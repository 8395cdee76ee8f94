import type { ReactNode } from 'react';
import type { SessionState } from '../core/session.js';
import { registered } from './registry.js';
import type { ServerSignedInProps, ServerSignedOutProps } from './types.js';

/** `SignedIn` and `SignedOut` as Server Components over one `auth()`. */
export function sessionComponents(auth: () => Promise<SessionState>) {
  async function SignedIn({ children }: ServerSignedInProps): Promise<ReactNode> {
    const state = await auth();
    if (state.status !== 'signed-in') return null;
    return typeof children === 'function' ? children(state.account) : children;
  }
  async function SignedOut({ children }: ServerSignedOutProps): Promise<ReactNode> {
    return (await auth()).status === 'signed-out' ? children : null;
  }
  return { SignedIn, SignedOut };
}

/**
 * A Server Component: renders its children only for a signed-in customer, read with `auth()` of the
 * app's `createNextAuth` (one account-info call per request). Unlike the client `<SignedIn>`, it
 * takes a render function from a Server Component: `<SignedIn>{(account) => <p>Hello, {account.firstName}</p>}</SignedIn>`.
 */
export async function SignedIn(props: ServerSignedInProps): Promise<ReactNode> {
  return sessionComponents(registered('SignedIn').auth).SignedIn(props);
}

/** A Server Component: renders its children only when nobody is signed in (not during an outage). */
export async function SignedOut(props: ServerSignedOutProps): Promise<ReactNode> {
  return sessionComponents(registered('SignedOut').auth).SignedOut(props);
}
