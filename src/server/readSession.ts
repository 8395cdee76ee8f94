import { accountInfo } from '../client/accountInfo.js';
import { sessionBodyOf, type SessionBody } from '../client/sessionBody.js';
import type { SessionState } from '../core/session.js';
import { resolveOptions, type ResolvedOptions } from './resolveOptions.js';
import type { BizKitHubHandlerOptions } from './types.js';

/** A `Cookie` header, or something that carries one. */
export type CookieSource = Request | Pick<Headers, 'get'> | string | null | undefined;

/** What `readSession` takes besides the request and the handler's options. */
export interface ReadSessionOptions {
  /**
   * Called when account-info could not be asked (an outage, a timeout), before the answer
   * `{ status: 'unavailable' }`: for your server's log. The error carries its kind, status and
   * code, never the cookie or the key.
   */
  onSessionError?: ((error: unknown) => void) | undefined;
}

type KnownSession = SessionState & { status: 'signed-in' | 'signed-out' };

const resolved = new WeakMap<BizKitHubHandlerOptions, ResolvedOptions>();

function resolveOnce(options: BizKitHubHandlerOptions): ResolvedOptions {
  let value = resolved.get(options);
  if (!value) {
    value = resolveOptions(options);
    resolved.set(options, value);
  }
  return value;
}

function cookieHeaderOf(source: CookieSource): string | null | undefined {
  if (typeof source === 'string' || source === null || source === undefined) return source;
  // Duck-typed: Next.js's headers() and another realm's Request are not this realm's classes.
  // Headers-like first: Next's headers() also has a `headers` field, a plain object without get().
  return 'get' in source ? source.get('cookie') : source.headers.get('cookie');
}

/**
 * Asks account-info about the identity in the cookie, statelessly; the account comes through the
 * allow-list once, where the client reads the answer. Two values of the cookie (cookie tossing)
 * read as signed out. Rejects with a `BizKitHubError` when it cannot ask.
 */
async function knownSessionFor({ upstream, cookie }: ResolvedOptions, cookieHeader: string | null | undefined): Promise<KnownSession> {
  const identityId = cookie.read(cookieHeader);
  if (identityId === undefined) return { status: 'signed-out' };
  const { account } = await accountInfo(upstream, { identityId });
  // A fresh object: only the handler says what it serves (features), never account-info.
  return account ? { status: 'signed-in', account } : { status: 'signed-out' };
}

/** The handler's `GET /session` body for the cookie; rejects when account-info cannot be asked (the handler answers the outage). */
export async function sessionBodyFor(config: ResolvedOptions, cookieHeader: string | null | undefined): Promise<SessionBody> {
  return sessionBodyOf(await knownSessionFor(config, cookieHeader));
}

/**
 * The session for the cookie as a page sees it: an outage is `{ status: 'unavailable' }`, never
 * signed in or out, after `onError` heard of it (which may rethrow what is not an outage). Shared by
 * `readSession` and the frameworks' `auth()`.
 */
export async function sessionStateFor(
  config: ResolvedOptions,
  cookieHeader: string | null | undefined,
  onError: ((error: unknown) => void) | undefined,
): Promise<SessionState> {
  try {
    return await knownSessionFor(config, cookieHeader);
  } catch (error) {
    onError?.(error);
    return { status: 'unavailable' };
  }
}

/**
 * Reads who is looking at this page from the request's session cookie, for loaders, middleware
 * and route handlers of any framework: `{ status: 'signed-in', account }`, `{ status: 'signed-out' }`,
 * or `{ status: 'unavailable' }` when account-info cannot be asked (BizKitHub unreachable, a
 * timeout…), the same shape as `useSession().data` and `auth()`. Pass the request (or its headers,
 * or its `Cookie` header) and the handler's options object. It never rejects on an outage; a
 * configuration error (a malformed key) still throws.
 *
 * @example
 * // A Hono middleware
 * const session = await readSession(c.req.raw, options);
 * if (session.status !== 'signed-in') return c.json({ success: false }, session.status === 'unavailable' ? 503 : 401);
 */
export async function readSession(source: CookieSource, options: BizKitHubHandlerOptions, readOptions: ReadSessionOptions = {}): Promise<SessionState> {
  return sessionStateFor(resolveOnce(options), cookieHeaderOf(source), readOptions.onSessionError);
}
