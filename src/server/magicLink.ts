import { isBizKitHubError } from '../client/errors.js';
import { magicAuth } from '../client/magicAuth.js';
import { validateInput } from '../client/validateInput.js';
import type { MagicLinkVariables } from '../client/types.js';
import { canonicalLocale } from '../schemas/rules.js';
import { magicLinkChecks } from '../schemas/requests.js';
import type { MagicLinkOptions, MagicLinkStore } from './magicLinkTypes.js';
import { parseOrigin, type ResolvedOptions } from './resolveOptions.js';
import type { JsonBody } from './readJsonBody.js';
import { confirmPageHeaders, renderConfirmPage } from './confirmPage.js';
import { htmlResponse, jsonResponse, redirectResponse, refusal, textResponse } from './responses.js';
import { hasAmbiguousCharacters, safeReturnTo } from '../client/returnTo.js';
import { canonicalEmail } from './canonicalEmail.js';
import { clientKey, knowsClient, limitRefusal, spend, windowOf } from './limits.js';
import { boundedStore } from './stores/boundedStore.js';
import { isStoreFull } from './stores/storeErrors.js';
import { clientIpOf, hideExistence, isAllowedOrigin, postRoute, sessionCookieFor, type Route } from './routes.js';
import { cookieValues } from './sessionCookie.js';
import { randomToken, sha256Hex, tokenPattern } from './tokens.js';

const minute = 60_000;
export const defaultMagicLinkExpiresIn = 15 * minute;
/** 50 clients' worth of the per-IP default (20): no handful of clients can spend it (see docs/security.md). */
export const defaultGlobalLinkLimit = 1000;
/**
 * An expired link still says "expired" (not "invalid") for this long after it stopped working; an
 * unclicked token leaves the store then, so it holds links for their lifetime plus this, not a day.
 */
export const expiredGraceMs = 15 * minute;

/** Why a verification failed: the `?error=` value on the error page. */
export type MagicLinkFailure = 'used' | 'expired' | 'invalid' | 'rate-limit' | 'unavailable' | `E${number}`;


interface TokenRecord {
  email: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  returnTo: string;
  expiresAt: number;
  /** SHA-256 of the nonce cookie set in the browser that asked for the link. */
  nonceHash?: string | undefined;
  /** The language of the e-mail, and so of the confirmation page. */
  locale?: string | undefined;
}

const maxReturnToBytes = 512;

/**
 * The short-lived cookie that ties a link to the browser that asked for it: HttpOnly, only sent to
 * the verify URL, gone when the link is.
 */
function createNonceCookie(secure: boolean, path: string) {
  const name = secure ? '__Secure-auth-link' : 'auth-link';
  const attributes = `Path=${path}; HttpOnly${secure ? '; Secure' : ''}; SameSite=Lax`;
  return {
    name,
    serialize: (nonce: string, maxAgeSeconds: number) => `${name}=${nonce}; Max-Age=${maxAgeSeconds}; ${attributes}`,
    clear: () => `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${attributes}`,
  };
}

const keys = {
  token: (hash: string) => `magic-link:token:${hash}`,
  used: (hash: string) => `magic-link:used:${hash}`,
  perEmail: (hash: string, window: number) => `magic-link:limit:email:${hash}:${window}`,
  global: (window: number) => `magic-link:limit:global:${window}`,
};

function fail(message: string): never {
  throw new TypeError(`createBizKitHubHandler: magicLink.${message}`);
}

function positive(value: number | undefined, fallback: number, option: string, integer = false): number {
  const result = value ?? fallback;
  if (typeof result !== 'number' || !Number.isFinite(result) || result <= 0 || (integer && !Number.isInteger(result))) {
    fail(`${option} must be a positive ${integer ? 'whole number' : 'number'}.`);
  }
  return result;
}

function parseRecord(text: string): TokenRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<TokenRecord>;
    return typeof value.email === 'string' && typeof value.returnTo === 'string' && typeof value.expiresAt === 'number'
      ? (value as TokenRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The error reason for a failed magic-auth, and whether the link may be tried again. */
function failureOf(error: unknown, hide: boolean): { reason: MagicLinkFailure; retryable: boolean } {
  const shown = hideExistence(error, hide);
  if (!isBizKitHubError(shown)) return { reason: 'unavailable', retryable: true };
  if (shown.kind === 'rate-limit') return { reason: 'rate-limit', retryable: true };
  if (shown.kind === 'api' && shown.code !== undefined && /^E\d{3}$/.test(shown.code)) {
    // E001 (generic, platform-side) and E006 (throttled) may pass; the others are final for this link.
    return { reason: shown.code as MagicLinkFailure, retryable: shown.code === 'E001' || shown.code === 'E006' };
  }
  if (shown.kind === 'validation') return { reason: 'invalid', retryable: false };
  return { reason: 'unavailable', retryable: true };
}

/** The magic-link routes, with every option checked at creation. */
export function createMagicLinkRoutes(options: MagicLinkOptions, config: ResolvedOptions): Record<string, Route> {
  const { upstream, basePath } = config;
  if (config.origin === undefined) {
    throw new TypeError(
      'createBizKitHubHandler: magicLink requires origin, the shop\'s public origin (e.g. "https://shop.example"): ' +
        'links are built on it, never on the Host header a client can forge.',
    );
  }
  const origin: string = config.origin;
  if (typeof options.sendMagicLink !== 'function') fail('sendMagicLink must be a function that e-mails the link.');
  const expiresIn = positive(options.expiresIn, defaultMagicLinkExpiresIn, 'expiresIn');
  if (expiresIn > 24 * 60 * minute) fail('expiresIn must be at most one day: a sign-in link should not outlive it.');
  const perEmail = positive(options.limits?.perEmail, 5, 'limits.perEmail', true);
  const perIp = positive(options.limits?.perIp, 20, 'limits.perIp', true);
  const globalLimit = positive(options.limits?.global, defaultGlobalLinkLimit, 'limits.global', true);
  const windowMs = positive(options.limits?.windowMs, 15 * minute, 'limits.windowMs');
  const store: MagicLinkStore = options.store ? boundedStore(options.store, config.storeTimeoutMs) : config.store;
  const allowedReturnOrigins = new Set([
    ...config.allowedReturnOrigins,
    ...(options.allowedReturnOrigins ?? []).map((value, index) => parseOrigin(value, `magicLink.allowedReturnOrigins[${index}]`)),
  ]);
  const errorPath = options.errorPath ?? '/';
  if (typeof errorPath !== 'string' || !errorPath.startsWith('/') || errorPath.startsWith('//') || hasAmbiguousCharacters(errorPath)) {
    fail(`errorPath must be a path on origin such as "/sign-in", not ${JSON.stringify(errorPath)}.`);
  }
  const errorPage = new URL(errorPath, origin).href;
  const verifyUrl = new URL(`${basePath}/magic-link/verify`, origin);

  const verifyHeaders = { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' };
  const redirect = (location: string, extra: Record<string, string> = {}, cookies: readonly string[] = []) =>
    redirectResponse(location, { ...verifyHeaders, ...extra }, cookies);
  const nonceCookie = createNonceCookie(config.cookie.secure, verifyUrl.pathname);
  const failed = (reason: MagicLinkFailure) => {
    const url = new URL(errorPage);
    url.searchParams.set('error', reason);
    return redirect(url.href);
  };

  /**
   * Counts this request against the limits, per client (an IPv6 /64; skipped when the address is
   * unknown), per mailbox (canonical) and across the shop; the refusal when one is exceeded. A
   * request refused by a narrower limit does not use up the wider ones, so a few clients spending
   * their own budgets never reach the shop-wide one.
   */
  async function throttle(email: string, ip: string | undefined): Promise<Response | undefined> {
    const { window, remaining } = windowOf(Date.now(), windowMs);
    if (knowsClient(ip, { warnInDevelopment: true }) && (await spend(store, await clientKey('magic-link', ip, window), perIp, remaining))) {
      return limitRefusal('rate-limit-client', remaining);
    }
    if (await spend(store, keys.perEmail(await sha256Hex(canonicalEmail(email)), window), perEmail, remaining)) {
      return limitRefusal('rate-limit-address', remaining);
    }
    if (await spend(store, keys.global(window), globalLimit, remaining)) return limitRefusal('rate-limit-global', remaining);
    return undefined;
  }

  const requestLink = postRoute(config, async (body, request, env) => {
    try {
      return await issueLink(body, request, env);
    } catch (error) {
      if (isBizKitHubError(error)) throw error;
      return refusal(503, isStoreFull(error) ? 'store-full' : 'store-unavailable');
    }
  });

  /** The browser's nonce, when it carries a well-formed one (a second request keeps the first's). */
  function nonceOf(request: Request): string | undefined {
    // Sent twice (one tossed in by a sibling), it binds nothing.
    const values = cookieValues(request.headers.get('cookie'), nonceCookie.name);
    return values.length === 1 && tokenPattern.test(values[0] ?? '') ? values[0] : undefined;
  }

  async function issueLink(body: JsonBody, request: Request, env: unknown): Promise<Response> {
    // Reported as magic-auth's fields: the browser gets only the 400 and the field keys.
    // The checks guarantee a normalized e-mail and optional trimmed texts (see magicLinkChecks).
    const { email, firstName, lastName, locale } = validateInput('magic-auth', magicLinkChecks, body) as MagicLinkVariables;
    const refused = await throttle(email, clientIpOf(request, env, config));
    if (refused) return refused;
    const token = randomToken();
    const hash = await sha256Hex(token);
    // Binds the link to this browser: its confirmation page says so, and only then.
    const nonce = nonceOf(request) ?? randomToken();
    const expiresAt = Date.now() + expiresIn;
    const returnTo = safeReturnTo(body.returnTo, origin, allowedReturnOrigins);
    const record: TokenRecord = {
      email,
      firstName,
      lastName,
      // A stored returnTo is at most 512 bytes: a long one cannot fill the store.
      returnTo: new TextEncoder().encode(returnTo).byteLength > maxReturnToBytes ? `${origin}/` : returnTo,
      expiresAt,
      nonceHash: await sha256Hex(nonce),
      locale: locale === undefined ? undefined : canonicalLocale(locale),
    };
    await store.set(keys.token(hash), JSON.stringify(record), expiresIn + expiredGraceMs);
    const url = new URL(verifyUrl);
    url.searchParams.set('token', token);
    try {
      await options.sendMagicLink({ email, url: url.href, locale: record.locale, expiresAt: new Date(expiresAt) });
    } catch {
      await store.take(keys.token(hash));
      return textResponse('The sign-in e-mail could not be sent.', 502);
    }
    // The same answer whether or not the address has an account: the form cannot be used to probe.
    return jsonResponse({ success: true }, 200, { 'Set-Cookie': nonceCookie.serialize(nonce, Math.ceil(expiresIn / 1000)) });
  }

  /**
   * The verify URL's token and its live record, read with `read` (`get` to look, `take` to use it
   * up), or the failure page: invalid, used or expired.
   */
  async function findToken(
    request: Request,
    read: (key: string) => Promise<string | undefined>,
  ): Promise<{ hash: string; stored: string; record: TokenRecord } | Response> {
    const token = new URL(request.url).searchParams.get('token') ?? '';
    if (!tokenPattern.test(token)) return failed('invalid');
    const hash = await sha256Hex(token);
    const stored = await read(keys.token(hash));
    if (stored === undefined) return failed((await store.get(keys.used(hash))) === undefined ? 'invalid' : 'used');
    const record = parseRecord(stored);
    if (!record) return failed('invalid');
    if (Date.now() >= record.expiresAt) return failed('expired');
    return { hash, stored, record };
  }

  /**
   * GET and HEAD of the link (the customer's click, and any mail scanner's prefetch): the
   * confirmation page, which neither uses the link up nor signs anyone in.
   */
  async function confirm(request: Request): Promise<Response> {
    try {
      const found = await findToken(request, (key) => store.get(key));
      if (found instanceof Response) return found;
      const nonce = nonceOf(request);
      const sameBrowser = nonce !== undefined && found.record.nonceHash === (await sha256Hex(nonce));
      const html = renderConfirmPage({ email: found.record.email, locale: found.record.locale, sameBrowser });
      return htmlResponse(request.method === 'HEAD' ? null : html, confirmPageHeaders);
    } catch {
      // The store is unreachable: a page that says so, never a blank error.
      return failed('unavailable');
    }
  }

  /** POST of the confirmation page: from the shop's own page only, it uses the link up and signs in. */
  async function verify(request: Request, env: unknown): Promise<Response> {
    if (!isAllowedOrigin(request, config)) return refusal(403, 'origin-mismatch');
    // The form sends no fields: whatever body came is not read.
    await request.body?.cancel().catch(() => undefined);
    try {
      return await verifyToken(request, env);
    } catch {
      return failed('unavailable');
    }
  }

  async function verifyToken(request: Request, env: unknown): Promise<Response> {
    const found = await findToken(request, (key) => store.take(key));
    if (found instanceof Response) return found;
    const { hash, stored, record } = found;
    // A used link keeps only this small tombstone, so that a second click says "used".
    await store.set(keys.used(hash), '1', Math.max(1, record.expiresAt - Date.now()));

    let identityId: string | undefined;
    let cookie: string;
    try {
      ({ identityId } = await magicAuth(upstream, {
        email: record.email,
        firstName: record.firstName,
        lastName: record.lastName,
        customerRealIp: clientIpOf(request, env, config),
      }));
      cookie = sessionCookieFor(identityId, config, 'magic-auth');
    } catch (error) {
      const { reason, retryable } = failureOf(error, config.hideAccountExistence);
      if (retryable) {
        // Nobody was signed in: give the link back, so that a click after the outage still works.
        const left = record.expiresAt - Date.now();
        if (left > 0) {
          await store.take(keys.used(hash));
          await store.set(keys.token(hash), stored, left + expiredGraceMs);
        }
      }
      return failed(reason);
    }
    return redirect(safeReturnTo(record.returnTo, origin, allowedReturnOrigins), { 'Set-Cookie': cookie }, [nonceCookie.clear()]);
  }

  return {
    '/magic-link': { POST: requestLink },
    '/magic-link/verify': { GET: confirm, HEAD: confirm, POST: verify },
  };
}
