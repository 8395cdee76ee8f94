// Bare specifiers on purpose: inside Next's server layers they resolve to its server builds (a
// `.js` suffix would bypass that and pull client code into route handlers).
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { NextResponse } from 'next/server';
import { pathToRegexp } from 'path-to-regexp';
import { cache } from 'react';
import { authUnavailableDigest } from '../core/authUnavailable.js';
import { developmentAtRunTime, warnOnce } from '../core/devWarning.js';
import { BizKitHubError, isBizKitHubError } from '../core/errors.js';
import { safeReturnPath } from '../core/returnTo.js';
import type { Account } from '../core/account.js';
import type { SessionState } from '../core/session.js';
import { handlerFor } from '../server/createBizKitHubHandler.js';
import { sessionStateFor } from '../server/readSession.js';
import { resolveOptions, type ResolvedOptions } from '../server/resolveOptions.js';
import { clientIpOf } from '../server/clientIpOf.js';
import { checkLoginPath, loginHref } from '../server/loginPath.js';
import type { BizKitHubHandler } from '../server/types.js';
import { expiredCookie } from './expiredCookie.js';
import { register } from './registry.js';
import { sessionComponents } from './serverComponents.js';
import { pathAndQuery, pathHeader } from './returnPath.js';
import type { NextAuth, NextAuthOptions, ProxyRequest, RequireAuthOptions, SignOutOptions } from './types.js';

// Said under the handler's own key for this warning ('unknown-client-ip'), so that a Next shop reads
// this one, with the Next fix, and not the handler's generic one as well.
const unknownIpWarning =
  'createNextAuth has no trusted client address for this request (a Next route handler gets no socket address), so the per-IP limits ' +
  '(sign-in, magic links) are off; the per-address and shop-wide limits still hold. Behind proxies that append X-Forwarded-For, set ' +
  'trustProxyHops to their number; on a platform that sets a trusted header, read it with getClientIp. See docs/nextjs.md, "The client\'s IP address".';

function protectMatchers(protect: NextAuthOptions['protect']): RegExp[] {
  const patterns = protect === undefined ? [] : typeof protect === 'string' ? [protect] : [...protect];
  return patterns.map((pattern) => {
    if (typeof pattern !== 'string' || !pattern.startsWith('/')) {
      throw new TypeError(`protect takes Next.js matcher paths such as "/account/:path*", not ${JSON.stringify(pattern)}.`);
    }
    return pathToRegexp(pattern);
  });
}

/**
 * Everything a Next.js App Router shop needs on its server, from one set of options (the handler's,
 * plus `loginPath` and `protect`). Nothing is checked or read until the first request, so
 * `next build` needs no key: read it from `process.env` right here.
 *
 * @example
 * // lib/auth.ts
 * export const { GET, POST, auth, requireAuth, proxy } = createNextAuth({
 *   apiKey: process.env.BIZKITHUB_API_KEY!,
 *   origin: process.env.SHOP_ORIGIN,
 *   protect: ['/account/:path*'],
 * });
 */
export function createNextAuth(options: NextAuthOptions): NextAuth {
  const { loginPath: givenLoginPath, protect, onSessionError, ...handlerOptions } = options;
  const loginPath = checkLoginPath(givenLoginPath);
  const protectedPaths = protectMatchers(protect);

  let resolved: ResolvedOptions | undefined;
  let handler: BizKitHubHandler | undefined;
  // Checked once, on first use at run time (a build has no key, and a wrong one is the developer's
  // to see); the route handler, auth() and proxy share the result, and so one store.
  const config = () => (resolved ??= resolveOptions(handlerOptions));
  let toldUnknownIp = false;
  const handle = (request: Request) => {
    // Route handlers in Next get no socket address: unless the options name a trusted source, every
    // customer shares one per-IP limit. Said once, in production, where it costs a shop its limits.
    if (!toldUnknownIp && !developmentAtRunTime() && clientIpOf(request, undefined, config()) === undefined) {
      toldUnknownIp = true;
      warnOnce('unknown-client-ip', unknownIpWarning);
    }
    return (handler ??= handlerFor(config(), handlerOptions.magicLink))(request);
  };

  const ask = async (cookieHeader: string | null): Promise<SessionState> => {
    const settings = config(); // a configuration error throws: it is not an outage
    // Unknown is neither signed in nor signed out: the page decides what an outage shows.
    return sessionStateFor(settings, cookieHeader, (error) => {
      // Next's own signals (a prerender that ended while the request was pending: its fetch rejects
      // with a digest) are Next's to handle, not an outage to report.
      const cause = isBizKitHubError(error) ? error.cause : error;
      if (typeof cause === 'object' && cause !== null && typeof (cause as { digest?: unknown }).digest === 'string') throw cause;
      onSessionError?.(error);
    });
  };

  // One account-info call per request, however many Server Components ask (React's request cache).
  const auth = cache(async (): Promise<SessionState> => ask((await headers()).get('cookie')));

  const requireAuth = async ({ returnTo }: RequireAuthOptions = {}): Promise<Account> => {
    const state = await auth();
    if (state.status === 'signed-in') return state.account;
    if (state.status === 'unavailable') {
      // Not a redirect to sign-in: that page could not tell either, and would send the customer back.
      // The digest is what a production build of Next keeps of it for error.tsx (isAuthUnavailable).
      throw Object.assign(new BizKitHubError({ kind: 'unavailable', endpoint: 'session' }), { digest: authUnavailableDigest });
    }
    const wanted = returnTo ?? (await headers()).get(pathHeader) ?? '/';
    // A path of this site only, whatever the page's host is.
    redirect(loginHref(loginPath, safeReturnPath(wanted)));
  };

  const signOut = async ({ redirectTo }: SignOutOptions = {}): Promise<never> => {
    (await cookies()).set(expiredCookie(config().cookie.clear()));
    redirect(safeReturnPath(redirectTo));
  };

  const proxy = async (request: ProxyRequest): Promise<Response> => {
    const url = request.nextUrl ?? new URL(request.url);
    const path = pathAndQuery(url);
    const guarded = url.pathname !== loginPath && protectedPaths.some((pattern) => pattern.test(url.pathname));
    if (guarded && config().cookie.read(request.headers.get('cookie')) === undefined) {
      const base = config().origin ?? url.origin;
      return NextResponse.redirect(new URL(loginHref(loginPath, path), base), 307);
    }
    // The path travels on to requireAuth (Server Components cannot see the URL); a value the
    // browser sent under this name is replaced.
    const forwarded = new Headers(request.headers);
    forwarded.set(pathHeader, path);
    return NextResponse.next({ request: { headers: forwarded } });
  };

  const nextAuth: NextAuth = { GET: handle, POST: handle, auth, requireAuth, signOut, proxy, ...sessionComponents(auth) };
  register(nextAuth);
  return nextAuth;
}
