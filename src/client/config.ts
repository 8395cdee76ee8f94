import { warnOnce } from '../core/devWarning.js';
import { defaultMaxRetryAfterMs, isPositiveNumber } from '../core/retryAfter.js';
import type { ClientMode } from '../core/session.js';
import type { ApiKeyPlacement, BizKitHubClient, BizKitHubClientOptions } from './types.js';

/** Where direct mode calls when no `baseUrl` is given: BizKitHub's API itself. */
export const defaultBaseUrl = 'https://api.bizkithub.com';
/** How long a call waits for an answer when no `timeoutMs` is given, in milliseconds. */
export const defaultTimeoutMs = 15_000;
/** The path of account-info under `baseUrl` when no `accountInfoPath` is given. */
export const defaultAccountInfoPath = '/contact/v1/get-account-info';
const apiKeyPattern = /^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$/;
// The sample key printed in BizKitHub's docs: the platform refuses it. Compared, never logged.
const docsSampleKey = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';

/**
 * Where and how the endpoint functions (`login(config, …)`, `registerAccount(config, …)`…) call:
 * the options of `createBizKitHubClient`, checked once. Build it with `createClientConfig`.
 */
export interface ClientConfig {
  /** `'server'` with `serverUrl`, else `'direct'`. */
  readonly mode: ClientMode;
  /** `baseUrl` (direct mode) or `serverUrl` (server mode), without a trailing slash. */
  readonly base: string;
  /** The organisation's key (direct mode); undefined in server mode or behind a proxy that adds it. */
  readonly apiKey: string | undefined;
  /** Where the key travels: `?apiKey=` or `Authorization: Bearer`. */
  readonly apiKeyIn: ApiKeyPlacement;
  /** How long a call waits for an answer, in milliseconds. */
  readonly timeoutMs: number;
  /** The longest wait a server's `Retry-After` may impose; a longer one is cut to this. */
  readonly maxRetryAfterMs: number;
  /** The fetch given in the options; undefined calls `globalThis.fetch` as it is at call time. */
  readonly fetch: typeof globalThis.fetch | undefined;
  /** The path of account-info under `base` (direct mode). */
  readonly accountInfoPath: string;
  /**
   * Direct mode in a browser: the identity the last sign-in returned, in memory only, so that
   * `fetchSession` can ask account-info. Absent when the config belongs to a server, which must
   * never hold one customer's identity where the next request could reach it.
   */
  readonly identity?: { current: string | undefined } | undefined;
}

/**
 * What the hooks' mutation-option factories (`loginMutationOptions(client)`…) take: a client object
 * (`createBizKitHubClient`, `useBizKitHubClient()`), or a config (`createClientConfig`), with which
 * only the endpoint functions called are bundled.
 */
export type ClientSource = BizKitHubClient | ClientConfig;

/** How a config from `createClientConfig` behaves beyond the client options: its second argument. */
export interface ClientConfigSettings {
  /**
   * Keep the identity the last sign-in returned (direct mode in a browser). A server passes
   * `false`: its upstream calls are stateless.
   * @default true
   */
  keepIdentity?: boolean | undefined;
}

/**
 * Throws the configuration error: the whole sentence in development; in production builds, where
 * the sentences are dropped, the option that is wrong. Each sentence is given as
 * `process.env.NODE_ENV !== 'production' && '…'`, written out at each call: production builds replace
 * the expression with false (the package's dist/production, and any bundler), and the text goes.
 */
function fail(option: string, sentence: string | false): never {
  throw new TypeError(`createBizKitHubClient: ${sentence || `invalid ${option}`}`);
}

/**
 * Checks the client options once and returns the config every endpoint function takes.
 *
 * @example
 * const config = createClientConfig({ serverUrl: '/api/auth' });
 * await login(config, { email, password });
 */
export function createClientConfig(options: BizKitHubClientOptions = {}, { keepIdentity = true }: ClientConfigSettings = {}): ClientConfig {
  const { apiKey, apiKeyIn = 'query', timeoutMs = defaultTimeoutMs, maxRetryAfterMs = defaultMaxRetryAfterMs } = options;
  const mode = options.serverUrl === undefined ? 'direct' : 'server';
  if (mode === 'server' && (apiKey !== undefined || options.baseUrl !== undefined)) {
    fail('serverUrl', process.env.NODE_ENV !== 'production' && 'serverUrl cannot be combined with apiKey or baseUrl: in server mode your handler holds the key.');
  }
  const base = checkUrl(
    (mode === 'server' ? (options.serverUrl ?? '') : (options.baseUrl ?? defaultBaseUrl)).replace(/\/+$/, ''),
    mode === 'server' ? 'serverUrl' : 'baseUrl',
  );
  if (mode === 'direct') checkApiKey(apiKey, options.baseUrl);
  if (apiKeyIn !== 'query' && apiKeyIn !== 'header') fail('apiKeyIn', process.env.NODE_ENV !== 'production' && `apiKeyIn must be 'query' or 'header', not ${JSON.stringify(apiKeyIn)}.`);
  if (!isPositiveNumber(timeoutMs)) fail('timeoutMs', process.env.NODE_ENV !== 'production' && 'timeoutMs must be a positive number of milliseconds.');
  if (!isPositiveNumber(maxRetryAfterMs)) fail('maxRetryAfterMs', process.env.NODE_ENV !== 'production' && 'maxRetryAfterMs must be a positive number of milliseconds.');
  if (process.env.NODE_ENV !== 'production' && mode === 'direct' && apiKey === docsSampleKey) {
    warnOnce('docs-sample-key', "the apiKey is the sample key of BizKitHub's docs, which the platform refuses; use your own.");
  }
  if (process.env.NODE_ENV !== 'production' && mode === 'direct' && apiKey?.startsWith('PROD') && typeof window !== 'undefined') {
    warnOnce(
      'prod-key-in-browser',
      'a PROD key in a browser is public: anyone can use it, for magic-auth too (a session for any e-mail). ' +
        'In production, give serverUrl and keep the key in createBizKitHubHandler.',
    );
  }
  return {
    mode,
    base,
    apiKey,
    apiKeyIn,
    timeoutMs,
    maxRetryAfterMs,
    fetch: options.fetch,
    accountInfoPath: options.accountInfoPath ?? defaultAccountInfoPath,
    ...(keepIdentity && mode === 'direct' ? { identity: { current: undefined } } : {}),
  };
}

/** Checks the URL's syntax at creation; a relative one is resolved against the page on each request. */
function checkUrl(url: string, option: 'baseUrl' | 'serverUrl'): string {
  try {
    // Any syntax error shows here, even for a relative URL (it is resolved against a dummy origin).
    const parsed = new URL(url || '/', 'http://relative.invalid');
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(parsed.protocol);
  } catch {
    fail(option, process.env.NODE_ENV !== 'production' && `${option} must be an http(s) URL or a path, not ${JSON.stringify(url)}.`);
  }
  if (process.env.NODE_ENV !== 'production' && option === 'baseUrl' && /^http:\/\//i.test(url)) {
    const { hostname } = new URL(url);
    if (!['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
      // Only the host: a URL can carry credentials or a key in its query.
      warnOnce('http-base-url', `baseUrl http://${hostname}/… is not https: keys and passwords would travel in clear text.`);
    }
  }
  return url;
}

function checkApiKey(apiKey: string | undefined, customBaseUrl: string | undefined): void {
  if (apiKey === undefined || apiKey === '') {
    if (customBaseUrl === undefined) {
      fail('apiKey', process.env.NODE_ENV !== 'production' && 'an apiKey is required in direct mode; in production give serverUrl (your handler holds the key).');
    }
    return;
  }
  if (typeof apiKey !== 'string' || !apiKeyPattern.test(apiKey)) {
    fail(
      'apiKey',
      process.env.NODE_ENV !== 'production' &&
        `the apiKey is not a BizKitHub key (32 characters: PROD, DEV_ or ROOT and 28 letters or digits); got ${typeof apiKey === 'string' ? `${apiKey.length} characters` : typeof apiKey}.`,
    );
  }
  if (apiKey.startsWith('ROOT') && inBrowserContext()) {
    fail('apiKey', process.env.NODE_ENV !== 'production' && 'a ROOT key has no limits and must never reach a browser; use a PROD or DEV_ key.');
  }
}

/** A page, a Web Worker, a Service Worker: anywhere a bundle ships to a customer's browser. */
function inBrowserContext(): boolean {
  return (
    typeof window !== 'undefined' ||
    typeof document !== 'undefined' ||
    // Workers have `self` and WorkerGlobalScope, but no window or document.
    (typeof self !== 'undefined' && typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') ||
    typeof (globalThis as { importScripts?: unknown }).importScripts === 'function'
  );
}
