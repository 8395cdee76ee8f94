import { data, redirect } from 'react-router';
import { safeReturnPath } from '../core/returnTo.js';
import type { RefusalReason } from '../core/refusalReason.js';
import type { Account } from '../core/account.js';
import type { SessionState } from '../core/session.js';
import { handlerFor } from '../server/createBizKitHubHandler.js';
import { sessionStateFor } from '../server/readSession.js';
import { resolveOptions, type ResolvedOptions } from '../server/resolveOptions.js';
import { checkLoginPath, loginHref } from '../server/loginPath.js';
import type { BizKitHubHandler } from '../server/types.js';
import { pathAndQuery } from './returnPath.js';
import type { AuthMiddleware, ReactRouterAuth, ReactRouterAuthOptions, RequestArgs, RequireAuthOptions } from './types.js';

const signedOut: SessionState = { status: 'signed-out' };

/** The body of the 503 that `requireAuth` throws on an outage: the handler's own refusal body. */
const unavailableBody: { success: false; reason: RefusalReason } = { success: false, reason: 'upstream-unavailable' };

/**
 * Everything a React Router 7 shop (framework mode) needs on its server, from one set of options
 * (the handler's, plus `loginPath`). Nothing is checked or read until the first request, so
 * `react-router build` needs no key: read it from `process.env` right here.
 *
 * @example
 * // app/auth.server.ts
 * export const { loader, action, auth, requireAuth, requireAuthMiddleware } = createReactRouterAuth({
 *   apiKey: process.env.BIZKITHUB_API_KEY ?? '',
 *   origin: process.env.SHOP_ORIGIN,
 * });
 */
export function createReactRouterAuth(options: ReactRouterAuthOptions): ReactRouterAuth {
  const { loginPath: givenLoginPath, onSessionError, ...handlerOptions } = options;
  const loginPath = checkLoginPath(givenLoginPath);

  let resolved: ResolvedOptions | undefined;
  let handler: BizKitHubHandler | undefined;
  // Checked once, on first use at run time (a build has no key, and a wrong one is the developer's
  // to see); the resource route and auth() share the result, and so one store.
  const config = () => (resolved ??= resolveOptions(handlerOptions));
  const handle = ({ request }: RequestArgs) => (handler ??= handlerFor(config(), handlerOptions.magicLink))(request);


  // React Router hands every loader its own copy of the request unless `future.v8_passThroughRequests`
  // is on, so one request's parallel loaders are also joined by the session they ask about: the
  // same identity, asked at the same moment, has one answer.
  const inFlight = new Map<string, Promise<SessionState>>();
  const ask = async (cookieHeader: string | null): Promise<SessionState> => {
    const settings = config(); // a configuration error throws: it is not an outage
    const identity = settings.cookie.read(cookieHeader);
    if (identity === undefined) return signedOut;
    let pending = inFlight.get(identity);
    if (!pending) {
      // Unknown is neither signed in nor signed out: the page decides what an outage shows.
      pending = sessionStateFor(settings, cookieHeader, onSessionError).finally(() => inFlight.delete(identity));
      inFlight.set(identity, pending);
    }
    return pending;
  };

  const perRequest = new WeakMap<Request, Promise<SessionState>>();
  const auth = (request: Request): Promise<SessionState> => {
    let state = perRequest.get(request);
    if (!state) {
      state = ask(request.headers.get('cookie'));
      perRequest.set(request, state);
    }
    return state;
  };

  const requireAuth = async (request: Request, { returnTo }: RequireAuthOptions = {}): Promise<Account> => {
    const state = await auth(request);
    if (state.status === 'signed-in') return state.account;
    if (state.status === 'unavailable') {
      // Not a redirect to sign-in: that page could not tell either, and would send the customer back.
      throw data(unavailableBody, { status: 503, headers: { 'Cache-Control': 'no-store' } });
    }
    const wanted = returnTo ?? pathAndQuery(new URL(request.url));
    // A path of this site only, whatever the request's host is.
    throw redirect(loginHref(loginPath, safeReturnPath(wanted)), { headers: { 'Cache-Control': 'no-store' } });
  };

  const requireAuthMiddleware: AuthMiddleware = async ({ request }, next) => {
    await requireAuth(request);
    return next();
  };

  return { loader: handle, action: handle, auth, requireAuth, requireAuthMiddleware };
}
