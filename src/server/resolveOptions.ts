import { createClientConfig, type ClientConfig } from '../client/config.js';
import { parseDuration } from '../schemas/duration.js';
import { defaultGetClientIp, forwardedAddress } from './clientIp.js';
import type { MagicLinkStore } from './magicLinkTypes.js';
import type { HandlerErrorEvent, HandlerLogger } from './handlerEvents.js';
import { createSessionCookie, type SessionCookie } from './sessionCookie.js';
import { watchStore } from './storeFault.js';
import { positiveOption } from './limits.js';
import { boundedStore } from './stores/boundedStore.js';
import { createMemoryStore } from './stores/memoryStore.js';
import type { BizKitHubHandlerOptions, RegisterOptions } from './types.js';

const defaultBasePath = '/api/auth';
const defaultMaxExpiration = '1h';
/** Well under the upstream's 15 s: a link request makes at most five store calls in a row. Never more than a fifth of timeoutMs. */
const defaultStoreTimeoutMs = 1000;

export interface ResolvedOptions {
  /**
   * How the handler calls BizKitHub: a config without an identity holder, so every upstream call
   * is stateless and no customer's identity stays in this process between requests.
   */
  upstream: ClientConfig;
  cookie: SessionCookie;
  basePath: string;
  /** Undefined: the default rule (see `allowedOrigins`'s JSDoc). */
  allowedOrigins: ReadonlySet<string> | undefined;
  allowRequestsWithoutOrigin: boolean;
  origin: string | undefined;
  allowedReturnOrigins: ReadonlySet<string>;
  /** The client's address, from the one source the options trust; undefined when unknown. */
  clientIp: (request: Request, env: unknown) => string | undefined;
  hideAccountExistence: boolean;
  /** The handler's store, every call bounded by `storeTimeoutMs`. */
  store: MagicLinkStore;
  storeTimeoutMs: number;
  loginLimits: { perIp: number; windowMs: number };
  register: {
    /** An absolute URL, or undefined to leave `returnUrl` out. */
    returnUrl: string | undefined;
    fields: ReadonlySet<'groups' | 'referralId'>;
    groups: RegisterOptions['groups'];
  };
  resetPassword: { maxExpiration: string; maxExpirationMs: number };
  /** Undefined: faults are logged by the handler (see `onError`'s JSDoc). */
  onError: ((event: HandlerErrorEvent) => void) | undefined;
  logger: HandlerLogger;
}

function fail(message: string): never {
  throw new TypeError(`createBizKitHubHandler: ${message}`);
}

/** `https://shop.example` from an origin or URL, or a TypeError naming the option. */
export function parseOrigin(value: unknown, option: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail(`${option} must be an http(s) origin such as "https://shop.example", not ${JSON.stringify(value)}.`);
  }
  return url.origin;
}

function parseBasePath(value: string | undefined): string {
  const basePath = (value ?? defaultBasePath).replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/.test(basePath) || basePath.includes('//')) {
    fail(`basePath must be a path such as "/api/auth", not ${JSON.stringify(value)}.`);
  }
  return basePath;
}

function parseHops(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
    // `true` (trust every hop) is what lets a client choose its own address: refused, as express-rate-limit does.
    fail(`trustProxyHops must be the number of proxies in front of this server (0 to 10), not ${JSON.stringify(value)}.`);
  }
  return value;
}

function parseRegister(options: RegisterOptions | undefined, origin: string | undefined): ResolvedOptions['register'] {
  const fields = options?.fields ?? [];
  if (!Array.isArray(fields) || fields.some((field) => field !== 'groups' && field !== 'referralId')) {
    fail(`register.fields may name only 'groups' and 'referralId'.`);
  }
  if (options?.groups !== undefined && typeof options.groups !== 'function') fail('register.groups must be a function.');
  let returnUrl = origin === undefined ? undefined : `${origin}/`;
  if (options?.returnUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.returnUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      fail(`register.returnUrl must be an absolute http(s) URL, not ${JSON.stringify(options.returnUrl)}.`);
    }
    returnUrl = url.href;
  }
  return { returnUrl, fields: new Set(fields), groups: options?.groups };
}

function parseMaxExpiration(value: unknown): ResolvedOptions['resetPassword'] {
  const maxExpiration = value ?? defaultMaxExpiration;
  const ms = typeof maxExpiration === 'string' ? parseDuration(maxExpiration) : undefined;
  if (typeof maxExpiration !== 'string' || ms === undefined || ms <= 0) {
    fail(`resetPassword.maxExpiration must be a duration such as "1h" or "30m", not ${JSON.stringify(value)}.`);
  }
  return { maxExpiration: maxExpiration.trim(), maxExpirationMs: ms };
}

/** Checks every option once, when the handler is created, so a mistake shows at start-up. */
export function resolveOptions(options: BizKitHubHandlerOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) fail('options are required: { apiKey, … }.');
  const { apiKey } = options;
  if (typeof apiKey !== 'string' || apiKey === '') {
    fail('apiKey is required: the handler adds it to every call to BizKitHub, on your server. Read it from an environment variable.');
  }
  const { getClientIp } = options;
  if (getClientIp !== undefined && typeof getClientIp !== 'function') fail('getClientIp must be a function.');
  const hops = parseHops(options.trustProxyHops);
  const upstream = createClientConfig(
    { apiKey, baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.timeoutMs, accountInfoPath: options.accountInfoPath },
    { keepIdentity: false },
  );
  const origin = options.origin === undefined ? undefined : parseOrigin(options.origin, 'origin');
  if (options.onError !== undefined && typeof options.onError !== 'function') fail('onError must be a function.');
  const { logger = console } = options;
  if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') fail('logger must have a warn(message) method, as console does.');
  const storeTimeoutMs = positiveOption(options.storeTimeoutMs, Math.min(defaultStoreTimeoutMs, upstream.timeoutMs / 5), 'storeTimeoutMs');
  if (storeTimeoutMs * 5 > upstream.timeoutMs) {
    fail(`storeTimeoutMs (${storeTimeoutMs}) must be at most a fifth of timeoutMs (${upstream.timeoutMs}): a link request may make five store calls in a row, and each request must answer within timeoutMs.`);
  }
  return {
    upstream,
    cookie: createSessionCookie(options.cookie, origin),
    basePath: parseBasePath(options.basePath),
    allowedOrigins:
      options.allowedOrigins === undefined
        ? undefined
        : new Set(options.allowedOrigins.map((value, index) => parseOrigin(value, `allowedOrigins[${index}]`))),
    allowRequestsWithoutOrigin: options.allowRequestsWithoutOrigin === true,
    origin,
    allowedReturnOrigins: new Set(
      (options.allowedReturnOrigins ?? []).map((value, index) => parseOrigin(value, `allowedReturnOrigins[${index}]`)),
    ),
    clientIp: getClientIp
      ? (request, env) => getClientIp(request, env)
      : hops === 0
        ? defaultGetClientIp
        : (request) => forwardedAddress(request, hops),
    hideAccountExistence: options.hideAccountExistence ?? false,
    // Bounded in time, and its failures (a timeout included) marked as the store's, so that the
    // handler answers 503 and onError hears of it: watchStore outermost.
    store: watchStore(boundedStore(options.store ?? createMemoryStore(), storeTimeoutMs)),
    storeTimeoutMs,
    loginLimits: {
      perIp: positiveOption(options.loginLimits?.perIp, 30, 'loginLimits.perIp', true),
      windowMs: positiveOption(options.loginLimits?.windowMs, 15 * 60_000, 'loginLimits.windowMs'),
    },
    register: parseRegister(options.register, origin),
    resetPassword: parseMaxExpiration(options.resetPassword?.maxExpiration),
    onError: options.onError,
    logger,
  };
}
