import type { MagicLinkOptions } from './magicLinkTypes.js';

/** The session cookie: where `createBizKitHubHandler` keeps the identityId that login returned. */
export interface SessionCookieOptions {
  /**
   * The cookie's name. A `__Host-` name requires `secure`, `path: '/'` and no `domain`.
   * @default 'auth-id'
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

/** Options of `createBizKitHubHandler` and `getSession` (pass both the same object). */
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
   * Origins whose browser pages may POST to the handler (compared with the `Origin` header; a
   * POST without `Origin`, from a server or a tool, is not refused). Giving a list replaces the
   * default entirely.
   * @default the request's own origin, an Origin whose host is the request's `Host` (or
   * `X-Forwarded-Host`), and `origin` when given
   */
  allowedOrigins?: readonly string[] | undefined;
  /**
   * The shop's public origin, e.g. `'https://shop.example'`. Required with `magicLink`: links are
   * built on it, never on the request's `Host` header, which a client can forge.
   * @default undefined
   */
  origin?: string | undefined;
  /**
   * The customer's IP address, sent to BizKitHub as `customerRealIp` (the browser's own claim is
   * ignored) and used for the magic-link limits per IP. Return `undefined` when unknown.
   *
   * The default trusts `X-Forwarded-For` (its first valid address), then `X-Real-IP`. Those
   * headers are only as honest as the proxy in front of you: if requests can reach your server
   * without passing a proxy that overwrites them, a client can claim any address and slip past
   * per-IP limits. On a platform that gives the real address (`request.ip`, `cf-connecting-ip`,
   * the socket's remote address), return that instead.
   * @default first valid IP of X-Forwarded-For, else X-Real-IP, else undefined
   */
  getClientIp?: ((request: Request) => string | undefined) | undefined;
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
   * Answer login (and magic-auth) failures E002 "no such customer" and E003 "contact without an
   * account" as E004 "wrong e-mail or password", so a visitor cannot tell which e-mail addresses
   * have accounts. Off by default because those codes guide honest customers (E003: register).
   * @default false
   */
  hideAccountExistence?: boolean | undefined;
  /**
   * Passwordless sign-in by a one-time link mailed to the customer (`POST {basePath}/magic-link`,
   * `GET {basePath}/magic-link/verify`). Without it those routes answer 404. Requires `origin`.
   * @default undefined (off)
   */
  magicLink?: MagicLinkOptions | undefined;
}

/** A `(request) => response` function for any Web-standard server (Next.js, Hono, Bun, Deno, workers). */
export type BizKitHubHandler = (request: Request) => Promise<Response>;
