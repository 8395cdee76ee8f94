import type { Account } from '../core/account.js';
import type { SessionState } from '../core/session.js';
import type { BizKitHubHandlerOptions } from '../server/types.js';
import type { ReactNode } from 'react';

/** What the Server Component `<SignedIn>` takes. */
export interface ServerSignedInProps {
  /** Shown while a customer is signed in: nodes, or a function of the account (it runs on the server). */
  children?: ReactNode | ((account: Account) => ReactNode);
}

/** What the Server Component `<SignedOut>` takes. */
export interface ServerSignedOutProps {
  /** Shown when nobody is signed in (not when the session could not be checked). */
  children?: ReactNode;
}

/** Options of `createNextAuth`: the handler's, plus where signing in happens and which paths need it. */
export type NextAuthOptions = BizKitHubHandlerOptions & {
  /**
   * The shop's sign-in page. `requireAuth()` and `proxy` send signed-out visitors there, with the
   * page they wanted in `?returnTo=`.
   * @default '/sign-in'
   */
  loginPath?: string | undefined;
  /**
   * The paths `proxy` guards, in Next.js matcher syntax (`'/account/:path*'`). A request to one of
   * them without a session cookie is redirected to `loginPath`. This is an optimistic check (it asks
   * nothing upstream): `requireAuth()` in the page is the real guard.
   * @default []
   */
  protect?: string | readonly string[] | undefined;
  /**
   * Called when `auth()` could not ask BizKitHub (an outage, a timeout): for your server's log.
   * The error carries its kind, status and code, never the cookie or the key.
   */
  onSessionError?: ((error: unknown) => void) | undefined;
};

/** What `requireAuth` takes. */
export interface RequireAuthOptions {
  /**
   * Where sign-in returns to. By default the path and query of the current request, as `proxy`
   * passes them on; without `proxy` in front of the page, give it here (`'/account/orders'`).
   */
  returnTo?: string | undefined;
}

/** What `signOut` takes. */
export interface SignOutOptions {
  /**
   * Where the customer lands after signing out: a path of this site (anything else becomes `'/'`).
   * @default '/'
   */
  redirectTo?: string | undefined;
}

/** A request as `proxy.ts` receives it: a Web `Request` (Next's `NextRequest` is one). */
export type ProxyRequest = Request & { nextUrl?: URL | undefined };

/** What `createNextAuth` returns: everything a Next.js App Router shop needs on its server. */
export interface NextAuth {
  /** The route handler for `app/api/auth/[...bizkithub]/route.ts`: `export const { GET, POST } = nextAuth`. */
  GET: (request: Request) => Promise<Response>;
  /** The same handler, for POST. */
  POST: (request: Request) => Promise<Response>;
  /**
   * Who is looking at this page, for Server Components, route handlers and server actions. Reads the
   * request's cookies itself; asks BizKitHub at most once per request however many components
   * call it; never throws on an outage or a timeout (`{ status: 'unavailable' }`).
   */
  auth: () => Promise<SessionState>;
  /**
   * The guard of a protected page: returns the account when signed in; redirects to `loginPath`
   * with `?returnTo=` when signed out; throws a `BizKitHubError` of kind `'unavailable'` when the
   * session cannot be checked, which the app's `error.tsx` shows (never a redirect, so never a loop).
   */
  requireAuth: (options?: RequireAuthOptions) => Promise<Account>;
  /**
   * For `proxy.ts` (Next 16; `middleware.ts` on Next 15): redirects requests to the `protect` paths
   * that carry no session cookie to `loginPath` with `?returnTo=`, and passes every request's path
   * on to `requireAuth`. It makes no upstream call.
   */
  proxy: (request: ProxyRequest) => Promise<Response>;
  /**
   * Signs the customer out from a server action: forgets the session cookie, then redirects to
   * `redirectTo` (default `'/'`), whose render sees nobody signed in. The browser half notices the
   * new session of that render and calls the provider's `onSessionChange`. For forms that work
   * without JavaScript and for sign-out buttons in Server Components:
   * `<form action={async () => { 'use server'; await signOut({ redirectTo: '/' }); }}>`.
   * Next sets cookies only in server actions and route handlers: call it there.
   */
  signOut: (options?: SignOutOptions) => Promise<never>;
  /** The Server Component `<SignedIn>` over this `auth()` (the same as the entry's own `SignedIn`). */
  SignedIn: (props: ServerSignedInProps) => Promise<ReactNode>;
  /** The Server Component `<SignedOut>` over this `auth()`. */
  SignedOut: (props: ServerSignedOutProps) => Promise<ReactNode>;
}
