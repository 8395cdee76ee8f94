import { isBizKitHubError } from '../core/errors.js';
import { validateInput } from '../client/validateInput.js';
import type { MagicLinkVariables } from '../client/types.js';
import { canonicalLocale } from '../schemas/rules.js';
import { magicLinkChecks } from '../schemas/requests.js';
import type { MagicLinkOptions, MagicLinkStore } from './magicLinkTypes.js';
import { parseOrigin, type ResolvedOptions } from './resolveOptions.js';
import type { JsonBody } from './readJsonBody.js';
import { createLinkBinding } from './magicLinkNonce.js';
import type { TokenRecord } from './magicLinkRecord.js';
import { createVerifyRoute } from './magicLinkVerify.js';
import { errorResponse, faultResponse, jsonResponse } from './responses.js';
import { hasAmbiguousCharacters, safeReturnTo } from '../core/returnTo.js';
import type { HandlerPath, MagicLinkRoute } from '../core/routes.js';
import { canonicalEmail } from './canonicalEmail.js';
import { clientKey, knowsClient, limitRefusal, spend, windowOf } from './limits.js';
import { clientIpOf } from './clientIpOf.js';
import { postRoute, type Route } from './routes.js';
import { watchStore } from './storeFault.js';
import { boundedStore } from './stores/boundedStore.js';
import { randomToken, sha256Hex } from './tokens.js';

export type { MagicLinkFailure } from './magicLinkRecord.js';

const minute = 60_000;
export const defaultMagicLinkExpiresIn = 15 * minute;
/** 50 clients' worth of the per-IP default (20): no handful of clients can spend it (see docs/security.md). */
export const defaultGlobalLinkLimit = 1000;
/**
 * An expired link still says "expired" (not "invalid") for this long after it stopped working; an
 * unclicked token leaves the store then, so it holds links for their lifetime plus this, not a day.
 */
export const expiredGraceMs = 15 * minute;

const maxReturnToBytes = 512;

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

/** The magic-link routes, with every option checked at creation. */
export function createMagicLinkRoutes(options: MagicLinkOptions, config: ResolvedOptions): Record<HandlerPath<MagicLinkRoute>, Route> {
  const { basePath } = config;
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
  // Bounded in time and watched (a failure, a timeout included, is a store fault: 503 and onError).
  const store: MagicLinkStore = options.store ? watchStore(boundedStore(options.store, config.storeTimeoutMs)) : config.store;
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

  // Signed with a key derived from the API key, which every instance of the shop has (resolveOptions requires it).
  const binding = createLinkBinding({
    secret: config.upstream.apiKey ?? fail('needs the apiKey.'),
    secure: config.cookie.secure,
    plainHttp: origin.startsWith('http:'),
  });
  const nonceMaxAgeSeconds = Math.ceil(expiresIn / 1000);

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
      // A store's failure answers 503 store-full or store-unavailable, anything else 500; onError hears of both.
      return errorResponse(error);
    }
  });

  async function issueLink(body: JsonBody, request: Request, env: unknown): Promise<Response> {
    // Reported as magic-auth's fields: the browser gets only the 400 and the field keys.
    // The checks guarantee a normalized e-mail and optional trimmed texts (see magicLinkChecks).
    const { email, firstName, lastName, locale } = validateInput('magic-auth', magicLinkChecks, body) as MagicLinkVariables;
    const refused = await throttle(email, clientIpOf(request, env, config));
    if (refused) return refused;
    const token = randomToken();
    const hash = await sha256Hex(token);
    // Binds the link to this browser: its confirmation page says so, and only then.
    const nonce = (await binding.read(request)) ?? (await binding.mint());
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
    } catch (error) {
      await store.take(keys.token(hash));
      return faultResponse(502, 'mailer-failed', error);
    }
    // The same answer whether or not the address has an account: the form cannot be used to probe.
    return jsonResponse({ success: true }, 200, { 'Set-Cookie': binding.serialize(nonce, nonceMaxAgeSeconds) });
  }

  return {
    '/magic-link': { POST: requestLink },
    '/magic-link/verify': createVerifyRoute({
      config,
      store,
      origin,
      allowedReturnOrigins,
      errorPage,
      binding,
      nonceMaxAgeSeconds,
      keys: { token: keys.token, used: keys.used },
    }),
  };
}
