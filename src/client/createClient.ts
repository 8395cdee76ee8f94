import { warnOnce } from './devWarning.js';
import { endpointPaths, type Endpoint, type Operation } from './endpoints.js';
import { BizKitHubError } from './errors.js';
import { parseResponse } from './parseResponse.js';
import { defaultMaxRetryAfterMs } from './retryAfter.js';
import { parseSession } from './parseSession.js';
import { identityIdPattern, type IdentityResult, type Session } from './session.js';
import type { BizKitHubClient, BizKitHubClientOptions, RequestOptions } from './types.js';
import {
  loginChecks,
  magicAuthChecks,
  magicLinkChecks,
  registerAccountChecks,
  resetPasswordChecks,
  setNewPasswordChecks,
} from '../schemas/requests.js';
import { validateInput } from './validateInput.js';

export const defaultBaseUrl = 'https://api.bizkithub.com';
export const defaultTimeoutMs = 15_000;
export const defaultAccountInfoPath = '/contact/v1/get-account-info';
const apiKeyPattern = /^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$/;
// The sample key printed in BizKitHub's docs: the platform refuses it. Compared, never logged.
const docsSampleKey = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';

/** The routes of `createBizKitHubHandler` that the client calls in server mode, by operation. */
const serverRoutes: Record<Endpoint | 'session' | 'sign-out' | 'magic-link', string> = {
  login: '/login',
  'magic-auth': '/magic-auth',
  'register-account': '/register-account',
  'reset-password': '/reset-password',
  'set-new-password': '/set-new-password',
  session: '/session',
  'sign-out': '/sign-out',
  'magic-link': '/magic-link',
};

interface Call {
  operation: Operation;
  method: 'GET' | 'POST';
  /** The base (baseUrl or serverUrl) and the path under it. */
  base: string;
  path: string;
  query?: Record<string, string>;
  body?: object;
  signal?: AbortSignal | undefined;
}

/**
 * A client for the BizKitHub customer endpoints. Every method resolves with typed data or
 * rejects with one `BizKitHubError`; input is checked before anything is sent; nothing is retried.
 *
 * Direct mode (`apiKey`, optionally `baseUrl`) calls BizKitHub itself; server mode (`serverUrl`)
 * calls your `createBizKitHubHandler`, which keeps the key and the session cookie on your server.
 *
 * @example
 * const client = createBizKitHubClient({ serverUrl: '/api/auth' }); // production
 * const client = createBizKitHubClient({ apiKey: 'DEV_…' });        // prototypes
 */
export function createBizKitHubClient(options: BizKitHubClientOptions = {}): BizKitHubClient {
  const { apiKey, apiKeyIn = 'query', timeoutMs = defaultTimeoutMs, maxRetryAfterMs = defaultMaxRetryAfterMs } = options;
  const mode = options.serverUrl === undefined ? 'direct' : 'server';
  if (mode === 'server' && (apiKey !== undefined || options.baseUrl !== undefined)) {
    throw new TypeError(
      'createBizKitHubClient: serverUrl cannot be combined with apiKey or baseUrl. In server mode your ' +
        'server handler holds the key; give only serverUrl (for example "/api/auth").',
    );
  }
  const base = checkUrl(
    trimSlashes(mode === 'server' ? (options.serverUrl ?? '') : (options.baseUrl ?? defaultBaseUrl)),
    mode === 'server' ? 'serverUrl' : 'baseUrl',
  );
  const accountInfoPath = options.accountInfoPath ?? defaultAccountInfoPath;
  if (mode === 'direct') checkApiKey(apiKey, options.baseUrl);
  if (apiKeyIn !== 'query' && apiKeyIn !== 'header') {
    throw new TypeError(`createBizKitHubClient: apiKeyIn must be 'query' or 'header', not ${JSON.stringify(apiKeyIn)}.`);
  }
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new TypeError('createBizKitHubClient: timeoutMs must be a positive number of milliseconds.');
  }
  if (!(Number.isFinite(maxRetryAfterMs) && maxRetryAfterMs > 0)) {
    throw new TypeError('createBizKitHubClient: maxRetryAfterMs must be a positive number of milliseconds.');
  }
  if (mode === 'direct' && apiKey === docsSampleKey) {
    warnOnce(
      'docs-sample-key',
      "the apiKey is the sample key printed in BizKitHub's documentation; the platform refuses it. " +
        "Use your organisation's own DEV_ or PROD key.",
    );
  }
  if (mode === 'direct' && apiKey?.startsWith('PROD') && typeof window !== 'undefined') {
    warnOnce(
      'prod-key-in-browser',
      'a PROD key is in this browser bundle, so it is public: anyone can call BizKitHub with it, ' +
        'including magic-auth, which returns a session for any e-mail address. In production, mount ' +
        'createBizKitHubHandler from "@bizkithub/auth-react/server" and use <BizKitHubProvider serverUrl="/api/auth">.',
    );
  }

  // Direct mode only: the session login returned, in memory and nowhere else (see README, "Sessions").
  let identity: string | undefined;

  async function send<T>(
    { operation, method, base: callBase, path, query, body, signal }: Call,
    read: (response: Response) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) throw new BizKitHubError({ kind: 'aborted', endpoint: operation, cause: signal.reason });
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let forwardAbort = () => controller.abort();
    // Settles on time-out or the caller's abort even when a custom fetch ignores the signal or the
    // body never ends: the request and the reading of its answer are raced against it.
    const interrupted = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        reject(new BizKitHubError({ kind: 'timeout', endpoint: operation }));
      }, timeoutMs);
      forwardAbort = () => {
        controller.abort();
        reject(new BizKitHubError({ kind: 'aborted', endpoint: operation, cause: signal?.reason }));
      };
    });
    signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      const work = request();
      // The side that loses the race must not become an unhandled rejection.
      work.catch(() => undefined);
      return await Promise.race([work, interrupted]);
    } catch (error) {
      if (error instanceof BizKitHubError) throw error;
      if (timedOut) throw new BizKitHubError({ kind: 'timeout', endpoint: operation, cause: error });
      if (signal?.aborted) throw new BizKitHubError({ kind: 'aborted', endpoint: operation, cause: signal.reason });
      throw new BizKitHubError({ kind: 'network', endpoint: operation, cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }

    async function request(): Promise<T> {
      const url = resolveUrl(callBase + path);
      for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (mode === 'direct' && apiKey !== undefined && apiKey !== '') {
        if (apiKeyIn === 'header') headers.Authorization = `Bearer ${apiKey}`;
        else url.searchParams.set('apiKey', apiKey);
      }
      const response = await fetchImpl(url.toString(), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: 'same-origin',
      });
      return read(response);
    }
  }

  async function post(endpoint: Endpoint | 'sign-out' | 'magic-link', body: object, { signal }: RequestOptions = {}) {
    const path = mode === 'server' ? serverRoutes[endpoint] : endpointPaths[endpoint as Endpoint];
    return send({ operation: endpoint, method: 'POST', base, path, body, signal }, (response) =>
      parseResponse(endpoint, response, { maxRetryAfterMs }),
    );
  }

  async function signIn(endpoint: 'login' | 'magic-auth', body: object, requestOptions?: RequestOptions): Promise<IdentityResult> {
    const data = await post(endpoint, body, requestOptions);
    if (mode === 'server') return { mode: 'server' };
    const { identityId } = data;
    if (typeof identityId !== 'string' || !identityIdPattern.test(identityId)) {
      throw new BizKitHubError({ kind: 'invalid-response', endpoint, status: 200 });
    }
    identity = identityId;
    return { mode: 'direct', identityId };
  }

  async function accountInfo({ identityId }: { identityId: string }, { signal }: RequestOptions = {}): Promise<Session> {
    if (mode === 'server') {
      throw new TypeError('createBizKitHubClient: accountInfo() calls BizKitHub directly; in server mode use getSession().');
    }
    // A malformed identity cannot be signed in: no need to put it into a URL.
    if (typeof identityId !== 'string' || !identityIdPattern.test(identityId)) return { loggedIn: false };
    return send({ operation: 'account-info', method: 'GET', base, path: accountInfoPath, query: { identityId }, signal }, (response) =>
      parseSession('account-info', response),
    );
  }

  // Each method checks its request with the forms' rules, zod-free (src/schemas/requests.ts): all
  // six requests' checks together are about 1.5 kB gzip, less than zod alone would add.
  return {
    mode,
    login: async (variables, requestOptions) => signIn('login', validateInput('login', loginChecks, variables), requestOptions),
    magicAuth: async (variables, requestOptions) =>
      signIn('magic-auth', validateInput('magic-auth', magicAuthChecks, variables), requestOptions),
    registerAccount: async (variables, requestOptions) => {
      await post('register-account', validateInput('register-account', registerAccountChecks, variables), requestOptions);
    },
    resetPassword: async (variables, requestOptions) => {
      await post('reset-password', validateInput('reset-password', resetPasswordChecks, variables), requestOptions);
    },
    setNewPassword: async (variables, requestOptions) => {
      await post('set-new-password', validateInput('set-new-password', setNewPasswordChecks, variables), requestOptions);
    },
    accountInfo,
    async getSession(requestOptions) {
      if (mode === 'server') {
        return send({ operation: 'session', method: 'GET', base, path: serverRoutes.session, signal: requestOptions?.signal }, (response) =>
          parseSession('session', response),
        );
      }
      const current = identity;
      if (current === undefined) return { loggedIn: false };
      const session = await accountInfo({ identityId: current }, requestOptions);
      // Signed out elsewhere (expired, or revoked by an operator): forget it here too.
      if (!session.loggedIn && identity === current) identity = undefined;
      return session;
    },
    async requestMagicLink(variables, requestOptions) {
      if (mode === 'direct') {
        throw new TypeError(
          'createBizKitHubClient: magic links are sent by your server handler; use serverUrl (direct mode has magicAuth only).',
        );
      }
      await post('magic-link', validateInput('magic-auth', magicLinkChecks, variables), requestOptions);
    },
    async signOut(requestOptions) {
      identity = undefined;
      if (mode === 'server') await post('sign-out', {}, requestOptions);
    },
  };
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Checks the URL's syntax at creation; a relative one is resolved against the page on each request. */
function checkUrl(url: string, option: 'baseUrl' | 'serverUrl'): string {
  try {
    // Any syntax error shows here, even for a relative URL (it is resolved against a dummy origin).
    const parsed = new URL(url || '/', 'http://relative.invalid');
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(parsed.protocol);
  } catch {
    throw new TypeError(
      `createBizKitHubClient: ${option} must be an http(s) URL or a path such as "/api/auth", not ${JSON.stringify(url)}.`,
    );
  }
  if (option === 'baseUrl' && /^http:\/\//i.test(url)) {
    const { hostname } = new URL(url);
    if (!['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
      // Only the host: a URL can carry credentials or a key in its query.
      warnOnce('http-base-url', `baseUrl http://${hostname}/… is not https: the API key and passwords would travel in clear text.`);
    }
  }
  return url;
}

function resolveUrl(url: string): URL {
  if (/^https?:\/\//i.test(url)) return new URL(url);
  const page = typeof location === 'undefined' ? undefined : location.href;
  if (page === undefined) {
    throw new TypeError(`the relative URL ${JSON.stringify(url)} can only be used in a browser page; give an absolute URL here.`);
  }
  return new URL(url, page);
}

function checkApiKey(apiKey: string | undefined, customBaseUrl: string | undefined): void {
  if (apiKey === undefined || apiKey === '') {
    if (customBaseUrl === undefined) {
      throw new TypeError(
        'createBizKitHubClient: an apiKey is required when calling BizKitHub directly. In production give ' +
          'serverUrl instead (your createBizKitHubHandler keeps the key on your server), or a baseUrl of a proxy of yours that adds the key.',
      );
    }
    return;
  }
  if (typeof apiKey !== 'string' || !apiKeyPattern.test(apiKey)) {
    const shape = typeof apiKey === 'string' ? `${apiKey.length} characters starting with "${apiKey.slice(0, 4)}"` : typeof apiKey;
    throw new TypeError(
      `createBizKitHubClient: the apiKey is not a BizKitHub key (got ${shape}); ` +
        'a key is 32 characters: PROD, DEV_ or ROOT followed by 28 letters or digits.',
    );
  }
  if (apiKey.startsWith('ROOT') && inBrowserContext()) {
    throw new TypeError(
      'createBizKitHubClient: a ROOT key has no limits and must never reach a browser; ' +
        'use a PROD or DEV_ key here, or keep the ROOT key on your server behind a proxy baseUrl.',
    );
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
