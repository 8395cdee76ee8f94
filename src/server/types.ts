import type { MagicLinkOptions, MagicLinkStore } from './magicLinkTypes.js';
import type { HandlerErrorEvent, HandlerLogger } from './handlerEvents.js';

/** The session cookie: where `createBizKitHubHandler` keeps the identityId that login returned. */
export interface SessionCookieOptions {
  /**
   * The cookie's name. A `__Host-` name requires `secure`, `path: '/'` and no `domain`; browsers
   * then refuse a cookie of that name set by a sibling subdomain (cookie tossing).
   * @default '__Host-auth-id' when `secure` is on, `path` is '/' and no `domain` is set, unless
   * `origin` is a plain-http one (local development); otherwise 'auth-id'
   */
  name?: string | undefined;
  /**
   * Lifetime in seconds. BizKitHub sessions last about three months, so a larger value is
   * clamped to 90 days: a cookie must never outlive the session it holds.
   * @default 7776000 (90 days)
   */
  maxAge?: number | undefined;
  /**
   * Sent only over HTTPS. Browsers accept `Secure` cookies from `http://localhost` too, so keep it
   * on in development; turn it off only for a plain-HTTP host other than localhost.
   * @default true
   */
  secure?: boolean | undefined;
  /**
   * `'lax'` keeps the cookie on top-level navigations from other sites (a link in an e-mail) and
   * off their sub-requests. `'none'` requires `secure`.
   * @default 'lax'
   */
  sameSite?: 'lax' | 'strict' | 'none' | undefined;
  /** @default '/' */
  path?: string | undefined;
  /**
   * Share the cookie with subdomains (`shop.example` → `*.shop.example`). Leave it out to keep it
   * on the one host that set it.
   * @default undefined (host-only)
   */
  domain?: string | undefined;
}

/** Options of `createBizKitHubHandler` and `readSession` (pass both the same object). */
export interface BizKitHubHandlerOptions {
  /**
   * The organisation's key (`PROD…`, `DEV_…` or `ROOT…`, 32 characters). It stays on the server:
   * the handler adds it to every call to BizKitHub and never sends it to the browser.
   */
  apiKey: string;
  /**
   * Where BizKitHub lives.
   * @default 'https://api.bizkithub.com'
   */
  baseUrl?: string | undefined;
  /**
   * Where the handler is mounted; requests outside it answer 404.
   * @default '/api/auth'
   */
  basePath?: string | undefined;
  /** The session cookie. See each field for its default. */
  cookie?: SessionCookieOptions | undefined;
  /**
   * Origins whose browser pages may POST to the handler, compared whole (scheme, host and port)
   * with the `Origin` header. Giving a list replaces the default entirely.
   * @default `origin` when given; without it, the request's own origin, or `https://` plus the
   * request's `Host` (or `X-Forwarded-Host`), or `http://` on a loopback host
   */
  allowedOrigins?: readonly string[] | undefined;
  /**
   * Accept state-changing requests (POST) that carry neither `Origin` nor
   * `Sec-Fetch-Site: same-origin`. Browsers send one of them on every POST, so only servers and
   * tools send neither; turn this on only when your own servers call the handler.
   * @default false (such a request answers 403)
   */
  allowRequestsWithoutOrigin?: boolean | undefined;
  /**
   * The shop's public origin, e.g. `'https://shop.example'`. Required with `magicLink`: links are
   * built on it, never on the request's `Host` header, which a client can forge. Also the origin
   * register's `returnUrl` must be on, and the one POSTs must come from.
   * @default undefined
   */
  origin?: string | undefined;
  /**
   * Other origins that register's `returnUrl` and the magic link's `returnTo` may lead to.
   * @default []
   */
  allowedReturnOrigins?: readonly string[] | undefined;
  /**
   * How many proxies you run in front of this server, each appending to `X-Forwarded-For`. With
   * `0`, no forwarding header is believed and the client's address is the connection's peer
   * address where the adapter gives it (Node through `toNodeHandler` or `@hono/node-server`, Deno);
   * with `n`, it is the n-th `X-Forwarded-For` entry from the right. Never more than you run: the
   * entries further left are whatever the client wrote. (As Express's `trust proxy` with a number.)
   * @default 0
   */
  trustProxyHops?: number | undefined;
  /**
   * The customer's IP address, overriding `trustProxyHops`: sent to BizKitHub as `customerRealIp`
   * (the browser's own claim is always ignored) and used for the limits per IP. `env` is what your
   * server adapter passed to the handler as its second argument. Return `undefined` when unknown:
   * the per-IP limits are then off for that request (one warning), never one shared bucket.
   * @default the peer address (`trustProxyHops: 0`) or the trusted `X-Forwarded-For` entry
   */
  getClientIp?: ((request: Request, env?: unknown) => string | undefined) | undefined;
  /**
   * Where the handler keeps short-lived counters (sign-in attempts per client, failed sign-ins
   * with `hideAccountExistence`) and, unless `magicLink.store` says otherwise, the magic-link
   * tokens. Every limit and the hiding of accounts hold only across the instances that share it:
   * give every instance the same one (Redis through `createUnstorageStore`).
   * @default createMemoryStore() (one process only; it warns once in production)
   */
  store?: MagicLinkStore | undefined;
  /** What register-account takes from the browser. See each field. */
  register?: RegisterOptions | undefined;
  /** What reset-password takes from the browser. See each field. */
  resetPassword?: ResetPasswordOptions | undefined;
  /**
   * The account-info path on `baseUrl` (BizKitHub's pages disagree on path prefixes).
   * @default '/contact/v1/get-account-info'
   */
  accountInfoPath?: string | undefined;
  /**
   * The fetch used to call BizKitHub.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * How long to wait for BizKitHub; the browser then gets 504.
   * @default 15000
   */
  timeoutMs?: number | undefined;
  /**
   * Answer login failures E002 "no such customer", E003 "contact without an account" and E005
   * "banned" as E004 "wrong e-mail or password" (a magic link's also E007 "not confirmed yet",
   * which magic-auth answers without a password), and lock every address, known or not, with the
   * same E006 (and `Retry-After`) after 5 failed sign-ins in 15 minutes, so a visitor cannot tell
   * which e-mail addresses have accounts. The lock counts in `store`: with several instances it
   * holds only if they share one. When the store fails, the lock steps aside and answers stay alike
   * (docs/security.md, "When the store is unwell"). Register's E002 ("already registered") still
   * tells: see docs/security.md, "Account enumeration". Off by default because those codes guide
   * honest customers (E003: register).
   * @default false
   */
  hideAccountExistence?: boolean | undefined;
  /** How many sign-ins one client may try: see each field for its default. */
  loginLimits?: LoginLimits | undefined;
  /**
   * The longest wait for one call to `store` (and `magicLink.store`). A slower call fails like a
   * store that is down: sign-in goes on without the lock's bookkeeping, a link request answers 503
   * `store-unavailable`. At most a fifth of `timeoutMs`: a link request makes at most five store
   * calls in a row, and a sign-in one round before BizKitHub and one after, with BizKitHub given
   * what is left, so that every answer comes within `timeoutMs`.
   * @default 1000, or a fifth of `timeoutMs` when that is less
   */
  storeTimeoutMs?: number | undefined;
  /**
   * Passwordless sign-in by a one-time link mailed to the customer (`POST {basePath}/magic-link`,
   * `GET {basePath}/magic-link/verify`). Without it those routes answer 404. Requires `origin`.
   * @default undefined (off)
   */
  magicLink?: MagicLinkOptions | undefined;
  /**
   * Called for every fault: every 5xx, every store fault, every upstream fault (BizKitHub down,
   * slow, malformed, or refusing the key) and every timeout, with the route, the reason, the
   * duration and the cause's name and redacted message, never a key, token, identityId, password
   * or address. Send it to your monitoring. It runs after the answer is decided; what it throws is
   * ignored. Giving it replaces the default log line.
   * @default logs each reason at most once a minute with `logger.warn`
   * @example onError: (event) => metrics.increment(`auth.${event.reason}`, { route: event.route })
   */
  onError?: ((event: HandlerErrorEvent) => void) | undefined;
  /**
   * Where the handler's lines go: refusals (in development one warning per reason saying what it
   * saw and the fix; in production each reason at most once a minute, without request data) and,
   * without `onError`, faults.
   * @default console
   */
  logger?: HandlerLogger | undefined;
}

/** The budget of sign-in attempts (`POST {basePath}/login`) per client, on the handler's `store`. */
export interface LoginLimits {
  /**
   * Attempts per IPv4 address, or per IPv6 /64, in one window, counted before anything is written
   * for the address tried: one client cannot fill the store with failed sign-ins, nor spray
   * passwords over many addresses. Past it, 429 with `Retry-After`. Without a known client address
   * (see `trustProxyHops`) this limit is off, with one warning.
   * @default 30
   */
  perIp?: number | undefined;
  /**
   * The window it counts in, in milliseconds.
   * @default 900000 (15 minutes)
   */
  windowMs?: number | undefined;
}

/** What register-account may take from the browser. */
export interface RegisterOptions {
  /**
   * Where the confirmation e-mail's link leads when the browser's `returnUrl` is not on `origin`
   * or `allowedReturnOrigins` (or none was sent). A browser-chosen URL elsewhere would carry the
   * shop's confirmation token to whoever chose it.
   * @default origin + '/' (left out when `origin` is not set)
   */
  returnUrl?: string | undefined;
  /**
   * Fields the browser may set that change what an account is, not who it is: `groups` (prices,
   * access) and `referralId` (who earns the referral). Left out of the list, they are dropped.
   * @default []
   */
  fields?: readonly ('groups' | 'referralId')[] | undefined;
  /** The groups a new account gets, decided on your server (replaces anything the browser sent). */
  groups?: ((request: Request) => readonly string[] | undefined | Promise<readonly string[] | undefined>) | undefined;
}

/** What reset-password may take from the browser. */
export interface ResetPasswordOptions {
  /**
   * The longest life of a reset link, as BizKitHub writes durations (`'1h'`, `'30m'`, `'1d'`).
   * A longer `expirationTime` from the browser is cut to it, and it is sent when none is.
   * @default '1h'
   */
  maxExpiration?: string | undefined;
}

/**
 * A `(request) => response` function for any Web-standard server (Next.js, Hono, Bun, Deno,
 * workers). `env` is the adapter's second argument, where some give the connection's peer address.
 */
export type BizKitHubHandler = (request: Request, env?: unknown) => Promise<Response>;
