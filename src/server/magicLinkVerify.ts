import { isBizKitHubError } from '../core/errors.js';
import { magicAuth } from '../client/magicAuth.js';
import type { RefusalReason } from '../core/refusalReason.js';
import { safeReturnTo } from '../core/returnTo.js';
import { confirmPageHeaders, formTokenField, renderConfirmPage, renderRefusedPage } from './confirmPage.js';
import type { LinkBinding } from './magicLinkNonce.js';
import { parseRecord, type MagicLinkFailure, type TokenRecord } from './magicLinkRecord.js';
import type { MagicLinkStore } from './magicLinkTypes.js';
import { readCapped } from './readJsonBody.js';
import type { ResolvedOptions } from './resolveOptions.js';
import { htmlResponse, redirectResponse, reportFault } from './responses.js';
import { hideExistence } from '../core/hideExistence.js';
import { clientIpOf } from './clientIpOf.js';
import { isAllowedOrigin } from './originGuard.js';
import type { Route } from './routes.js';
import { sessionCookieFor } from './sessionCookieFor.js';
import { sha256Hex, tokenPattern } from './tokens.js';

/** What the verify route shares with the route that issues links. */
export interface VerifyRouteContext {
  config: ResolvedOptions;
  store: MagicLinkStore;
  origin: string;
  allowedReturnOrigins: ReadonlySet<string>;
  /** The absolute URL of the error page (`?error=` is added). */
  errorPage: string;
  binding: LinkBinding;
  /** How long a nonce minted on the confirmation page lives, in seconds (the link's lifetime). */
  nonceMaxAgeSeconds: number;
  keys: { token(hash: string): string; used(hash: string): string };
}

/** The confirmation form's body is one hidden field: anything longer is not it. */
const maxFormBytes = 1024;
/** How often a second click polls while the first one signs in. */
const claimPollMs = 100;
/** A claim outlives the sign-in it guards (BizKitHub's timeout) by this much, then lapses on its own. */
const claimMarginMs = 5_000;

const claimKey = (hash: string) => `magic-link:claim:${hash}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The error reason for a failed magic-auth. */
function failureOf(error: unknown, hide: boolean): MagicLinkFailure {
  if (!isBizKitHubError(error)) return 'unavailable';
  const shown = hideExistence(error, hide);
  if (shown.kind === 'rate-limit') return 'rate-limit';
  if (shown.kind === 'api' && shown.code !== undefined && /^E\d{3}$/.test(shown.code)) return shown.code as MagicLinkFailure;
  if (shown.kind === 'validation') return 'invalid';
  return 'unavailable';
}

/** The form token the POST carries (an url-encoded form of at most 1 kB), or undefined. */
async function formTokenOf(request: Request): Promise<string | undefined> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    await request.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const bytes = await readCapped(request, maxFormBytes);
  if (bytes === undefined) return undefined;
  return new URLSearchParams(new TextDecoder().decode(bytes)).get(formTokenField) ?? undefined;
}

/**
 * The link's `/magic-link/verify` route. GET and HEAD (the customer's click, and any mail scanner's
 * prefetch) show the confirmation page; its POST signs in. The link is spent only when BizKitHub
 * has issued the session and the browser is still there to get it: an abandoned confirmation, a
 * failing store or a failing BizKitHub leave it usable, and the error page says which.
 */
export function createVerifyRoute(context: VerifyRouteContext): Route {
  const { config, store, origin, allowedReturnOrigins, errorPage, binding, keys } = context;
  const claimTtlMs = config.upstream.timeoutMs + claimMarginMs;
  const verifyHeaders = { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' };
  const redirect = (location: string, extra: Record<string, string> = {}) => redirectResponse(location, { ...verifyHeaders, ...extra });
  const failed = (reason: MagicLinkFailure) => {
    const url = new URL(errorPage);
    url.searchParams.set('error', reason);
    return redirect(url.href);
  };

  const tokenHashOf = async (request: Request): Promise<string | undefined> => {
    const token = new URL(request.url).searchParams.get('token') ?? '';
    return tokenPattern.test(token) ? sha256Hex(token) : undefined;
  };

  /** The live record of the link, or the failure page: invalid, used or expired. */
  async function findRecord(hash: string): Promise<TokenRecord | Response> {
    const stored = await store.get(keys.token(hash));
    if (stored === undefined) return failed((await store.get(keys.used(hash))) === undefined ? 'invalid' : 'used');
    const record = parseRecord(stored);
    if (!record) return failed('invalid');
    if (Date.now() >= record.expiresAt) return failed('expired');
    return record;
  }

  async function confirm(request: Request): Promise<Response> {
    try {
      const hash = await tokenHashOf(request);
      if (hash === undefined) return failed('invalid');
      const record = await findRecord(hash);
      if (record instanceof Response) return record;
      const held = await binding.read(request);
      const sameBrowser = held !== undefined && record.nonceHash === (await sha256Hex(held));
      if (request.method === 'HEAD') return htmlResponse(null, confirmPageHeaders);
      // A browser without a nonce (another device) gets one now: the form token is bound to it.
      const nonce = held ?? (await binding.mint());
      const html = renderConfirmPage({ email: record.email, locale: record.locale, sameBrowser, formToken: await binding.formToken(hash, nonce) });
      const cookie: Record<string, string> = held === undefined ? { 'Set-Cookie': binding.serialize(nonce, context.nonceMaxAgeSeconds) } : {};
      return htmlResponse(html, { ...confirmPageHeaders, ...cookie });
    } catch (error) {
      // The store is unreachable: a page that says so, never a blank error; onError hears of it.
      return reportFault(failed('unavailable'), error);
    }
  }

  /**
   * Whether the POST's headers allow it: `Sec-Fetch-Site`, when sent, must say same-origin, and an
   * `Origin` other than `null` must be the shop's. `Origin: null` without `Sec-Fetch-Site` (Safari
   * before 16.4, a plain-http shop) passes here: the form token decides.
   */
  function originRefusal(request: Request): RefusalReason | undefined {
    const site = request.headers.get('sec-fetch-site');
    if (site !== null && site !== 'same-origin') return 'cross-site';
    const sentOrigin = request.headers.get('origin');
    if (sentOrigin === null || sentOrigin === 'null') return undefined;
    return isAllowedOrigin(request, config) ? undefined : 'origin-mismatch';
  }

  async function refused(hash: string | undefined, reason: RefusalReason): Promise<Response> {
    const stored = hash === undefined ? undefined : await store.get(keys.token(hash)).catch(() => undefined);
    const locale = stored === undefined ? undefined : parseRecord(stored)?.locale;
    return new Response(renderRefusedPage({ locale, reason }), { status: 403, headers: { ...confirmPageHeaders } });
  }

  async function verify(request: Request, env: unknown): Promise<Response> {
    const hash = await tokenHashOf(request);
    const headerRefusal = originRefusal(request);
    if (headerRefusal !== undefined) {
      await request.body?.cancel().catch(() => undefined);
      return refused(hash, headerRefusal);
    }
    const formToken = await formTokenOf(request);
    const nonce = await binding.read(request);
    const proven =
      hash !== undefined && nonce !== undefined && formToken !== undefined && (await binding.checkFormToken(hash, nonce, formToken));
    if (!proven) return refused(hash, 'cross-site');
    try {
      return await signIn(request, env, hash);
    } catch (error) {
      return reportFault(failed('unavailable'), error);
    }
  }

  /**
   * One sign-in per link at a time: the first POST takes a claim (an atomic counter that lapses on
   * its own), later ones wait for it and then see the link spent, or still live when the first failed.
   */
  async function claim(hash: string): Promise<Response | undefined> {
    // No longer than BizKitHub may take to answer the first click.
    const deadline = Date.now() + config.upstream.timeoutMs;
    for (;;) {
      if ((await store.increment(claimKey(hash), claimTtlMs)) === 1) return undefined;
      if ((await store.get(keys.token(hash))) === undefined) {
        const gone = await findRecord(hash);
        if (gone instanceof Response) return gone;
      }
      if (Date.now() >= deadline) return failed('unavailable');
      await sleep(claimPollMs);
    }
  }

  async function signIn(request: Request, env: unknown, hash: string): Promise<Response> {
    const busy = await claim(hash);
    if (busy) return busy;
    try {
      const record = await findRecord(hash);
      if (record instanceof Response) return record;
      let cookie: string;
      try {
        const { identityId } = await magicAuth(
          config.upstream,
          {
            email: record.email,
            firstName: record.firstName,
            lastName: record.lastName,
            customerRealIp: clientIpOf(request, env, config),
          },
          { signal: request.signal },
        );
        cookie = sessionCookieFor(identityId, config, 'magic-auth');
      } catch (error) {
        // Nobody was signed in: the link stays as it was, and the page says why.
        return reportFault(failed(failureOf(error, config.hideAccountExistence)), error);
      }
      // The browser left (closed the tab, pressed again): it would never get the cookie, so the link stays.
      if (request.signal.aborted) return failed('unavailable');
      // The tombstone first (so that a second click says "used"), then the spend itself. A store that
      // fails here throws: the session is not handed out and the link stays usable.
      await store.set(keys.used(hash), '1', Math.max(1, record.expiresAt - Date.now())).catch(() => undefined);
      if ((await store.take(keys.token(hash))) === undefined) return failed('used');
      return redirect(safeReturnTo(record.returnTo, origin, allowedReturnOrigins), { 'Set-Cookie': cookie });
    } finally {
      await store.take(claimKey(hash)).catch(() => undefined);
    }
  }

  return { GET: confirm, HEAD: confirm, POST: verify };
}
