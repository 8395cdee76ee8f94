import type { Account } from '../core/account.js';
import type { SessionState } from '../core/session.js';
import type { BizKitHubHandlerOptions } from '../server/types.js';

/** Options of `createReactRouterAuth`: the handler's, plus where signing in happens. */
export type ReactRouterAuthOptions = BizKitHubHandlerOptions & {
  /**
   * The shop's sign-in page. `requireAuth()` and `requireAuthMiddleware` send signed-out visitors
   * there, with the page they wanted in `?returnTo=`.
   * @default '/sign-in'
   */
  loginPath?: string | undefined;
  /**
   * Called when `auth()` could not ask BizKitHub (an outage, a timeout): for your server's log.
   * The error carries its kind, status and code, never the cookie or the key.
   */
  onSessionError?: ((error: unknown) => void) | undefined;
};

/** What `requireAuth` takes besides the request. */
export interface RequireAuthOptions {
  /**
   * Where sign-in returns to.
   * @default the path and query of the request (without React Router's `.data` suffix and `_routes`)
   */
  returnTo?: string | undefined;
}

/** The arguments of a loader, an action or a middleware that this entry reads: the request alone. */
export interface RequestArgs {
  /** The Fetch `Request` React Router passes to every loader, action and middleware. */
  request: Request;
}

/**
 * A server middleware for a layout route (React Router 7.9 and later, with `future.v8_middleware`):
 * `export const middleware = [requireAuthMiddleware]`.
 */
export type AuthMiddleware = <Result>(args: RequestArgs, next: () => Promise<Result>) => Promise<Result>;

/** What `createReactRouterAuth` returns: everything a React Router 7 (framework mode) shop needs on its server. */
export interface ReactRouterAuth {
  /** The resource route's GET: `export const { loader, action } = reactRouterAuth` in `app/routes/api.auth.$.ts`. */
  loader: (args: RequestArgs) => Promise<Response>;
  /** The resource route's POST (and every other method the handler answers). */
  action: (args: RequestArgs) => Promise<Response>;
  /**
   * Who is looking at this page, for loaders, actions and middleware. Reads the request's cookies;
   * asks BizKitHub at most once per request however many loaders ask; never throws on an outage or
   * a timeout (`{ status: 'unavailable' }`). The root loader returns it for `initialSession`.
   */
  auth: (request: Request) => Promise<SessionState>;
  /**
   * The guard of a protected route's loader: returns the account when signed in; throws a redirect
   * to `loginPath` with `?returnTo=` when signed out; throws a 503 route error response
   * (`data({ success: false, reason: 'upstream-unavailable' }, { status: 503 })`) when the session
   * cannot be checked, which the route's `ErrorBoundary` tells apart with `isAuthUnavailable(error)`:
   * never a redirect, so never a loop through sign-in.
   */
  requireAuth: (request: Request, options?: RequireAuthOptions) => Promise<Account>;
  /**
   * `requireAuth` as a layout route's middleware: every child route is guarded before any loader runs,
   * and the children's own `auth(request)` / `requireAuth(request)` reuse its answer.
   */
  requireAuthMiddleware: AuthMiddleware;
}
