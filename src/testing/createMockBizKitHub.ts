import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { BrowserCookieJar } from './browserCookieJar.js';
import { MockStore } from './mockStore.js';
import type { Confirmation } from './mockStoreTypes.js';
import {
  endpointFailure,
  htmlErrorPage,
  platformFailure,
  platformStatus,
  rateLimited,
  success,
} from './mockResponses.js';
import type {
  MockBizKitHub,
  MockBizKitHubOptions,
  MockCustomerEndpoint,
  MockEndpoint,
  MockOutcome,
  MockRequest,
} from './types.js';
import { createServerModeHandlers } from './serverModeHandlers.js';
import { validateBody } from './validate.js';

/** Where the emulator listens unless told otherwise. */
export const defaultMockBaseUrl = 'https://api.bizkithub.com';
/** Where account-info is served unless told otherwise (BizKitHub's guides use this prefix). */
export const defaultAccountInfoPath = '/contact/v1/get-account-info';

/** The documented key format. */
const apiKeyPattern = /^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$/;
/** The sample key printed in BizKitHub's docs: well-formed, refused by the platform. */
const sampleApiKey = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';

const customerEndpoints: readonly MockCustomerEndpoint[] = [
  'login',
  'magic-auth',
  'register-account',
  'reset-password',
  'set-new-password',
];

function readApiKey(request: Request): string | undefined {
  const fromQuery = new URL(request.url).searchParams.get('apiKey');
  if (fromQuery) return fromQuery;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

/** The platform code refusing this key, or `undefined` for an accepted key. */
function apiKeyFailure(apiKey: string | undefined): string | undefined {
  if (apiKey === undefined || apiKey === '') return 'PUBLIC_API_KEY_IS_EMPTY';
  if (!apiKeyPattern.test(apiKey)) return 'PUBLIC_API_KEY_IS_NOT_IN_VALID_FORMAT';
  if (apiKey === sampleApiKey) return 'PUBLIC_API_KEY_DOES_NOT_EXIST';
  return undefined;
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await request.text();
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function wait(ms: number): Promise<void> {
  if (ms > 0) await delay(ms);
}

/** Rejects with the signal's reason once it aborts, as `fetch` does. */
function abortable<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A `fetch` that asks these handlers in-process and never reaches a network. */
export function handlersFetch(handlers: readonly HttpHandler[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await abortable(getResponse([...handlers], request), request.signal);
    if (!response || response.type === 'error') {
      // Origin and path only: the query may carry the key or an identityId.
      const { origin, pathname } = new URL(request.url);
      throw new TypeError(`fetch failed: the embedded BizKitHub has no answer for ${request.method} ${origin}${pathname}`);
    }
    return response;
  };
}

/**
 * Creates an in-memory emulator of BizKitHub's customer-auth API: MSW handlers for the five
 * `/api/v1/customer/*` endpoints, backed by a store that follows the documented rules (API key
 * checks, E00x codes, login throttling, verification and reset e-mails in an inspectable outbox).
 *
 * The same handlers serve `setupServer` (msw/node), `setupWorker` (msw/browser) and
 * msw-storybook-addon; the module uses no Node-only APIs.
 *
 * @example
 * const api = createMockBizKitHub({ accounts: [{ email: 'jan@example.com', password: 'secret' }] });
 * const server = setupServer(...api.handlers);
 * beforeEach(() => api.reset());
 */
export function createMockBizKitHub(options: MockBizKitHubOptions = {}): MockBizKitHub {
  return createEmulator(options).api;
}

/** The emulator and what only the mock server uses: its confirmation route. */
export interface Emulator {
  readonly api: MockBizKitHub;
  /** Follows a confirmation link, as `api.verify` does, and says where the customer goes next. */
  confirm(token: string): Confirmation | undefined;
}

/** The shop's URL without a trailing slash; a `TypeError` unless absolute http(s). */
function shopUrlOption(shopUrl: string | undefined): string | undefined {
  if (shopUrl === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(shopUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new TypeError('createMockBizKitHub: shopUrl must be an absolute http(s) URL without a query or fragment, e.g. http://localhost:3000.');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * `createMockBizKitHub`, for the mock server: `confirmationUrl` is its own confirmation route, which
 * the confirmation e-mails link to.
 */
export function createEmulator(options: MockBizKitHubOptions = {}, confirmationUrl?: string): Emulator {
  const baseUrl = (options.baseUrl ?? defaultMockBaseUrl).replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  const requireApiKey = options.requireApiKey ?? true;
  const errorStatus = options.errorStatus ?? 200;
  const initialLatency = options.latencyMs ?? 0;
  const initialAccounts = [...(options.accounts ?? [])];
  const accountInfoPath = `/${(options.accountInfoPath ?? defaultAccountInfoPath).replace(/^\/+/, '')}`;

  const store = new MockStore(now, { shopUrl: shopUrlOption(options.shopUrl), confirmationUrl });
  const jar = new BrowserCookieJar(now);
  const requests: MockRequest[] = [];
  const forced = new Map<MockEndpoint, MockOutcome[]>();
  let latencyMs = initialLatency;

  function forcedResponse(endpoint: MockEndpoint, outcome: MockOutcome): Response | undefined {
    if ('code' in outcome) return endpointFailure(endpoint, outcome.code, errorStatus, outcome.message);
    if ('platformCode' in outcome) {
      return platformFailure(outcome.platformCode, outcome.status ?? platformStatus(outcome.platformCode), outcome.message);
    }
    if ('rateLimit' in outcome) return rateLimited(outcome.rateLimit, now());
    if ('networkError' in outcome) return HttpResponse.error();
    if ('nonJson' in outcome) return htmlErrorPage(outcome.nonJson);
    if ('successWithoutIdentity' in outcome) return success({ success: true });
    return undefined;
  }

  async function answer(endpoint: MockEndpoint, request: Request): Promise<Response> {
    // A forced answer goes to the request that arrived first: taken before the body is read, so a
    // slow body (a busy browser's service worker) cannot let a later request, or the next test's
    // after a reset, be answered with it.
    const outcome = forced.get(endpoint)?.shift();
    const body = endpoint === 'account-info' ? undefined : await readJson(request);
    const apiKey = readApiKey(request);
    requests.push(
      Object.freeze({
        endpoint,
        body: body?.ok ? body.value : undefined,
        apiKey: apiKey === '' ? undefined : apiKey,
        url: request.url,
        receivedAt: now(),
      }),
    );

    await wait(latencyMs);
    if (outcome) {
      if ('delayMs' in outcome) await wait(outcome.delayMs);
      const response = forcedResponse(endpoint, outcome);
      if (response) return response;
    }

    if (requireApiKey) {
      const refusal = apiKeyFailure(apiKey);
      if (refusal) return platformFailure(refusal);
    }
    if (endpoint === 'account-info') {
      return success(store.accountInfo(new URL(request.url).searchParams.get('identityId') ?? undefined));
    }
    const fields = body?.ok ? validateBody(endpoint, body.value) : undefined;
    if (!fields) return endpointFailure(endpoint, 'E001', errorStatus);
    const result = store.handle(endpoint, fields);
    return result.ok ? success(result.body) : endpointFailure(endpoint, result.code, errorStatus);
  }

  const handlers: HttpHandler[] = [
    ...customerEndpoints.map((endpoint) =>
      http.post(`${baseUrl}/api/v1/customer/${endpoint}`, ({ request }) => answer(endpoint, request)),
    ),
    http.get(`${baseUrl}${accountInfoPath}`, ({ request }) => answer('account-info', request)),
  ];

  function reset(): void {
    store.clear();
    jar.clear();
    requests.length = 0;
    forced.clear();
    latencyMs = initialLatency;
    store.seed(initialAccounts);
  }

  store.seed(initialAccounts);
  const inProcessFetch = handlersFetch(handlers);

  const api: MockBizKitHub = {
    handlers,
    reset,
    seed: (accounts) => store.seed(accounts),
    get outbox() {
      return store.outbox;
    },
    lastEmail: (to) => store.lastEmail(to),
    verify: (token) => store.verify(token),
    setLatency(ms) {
      latencyMs = Math.max(0, ms);
    },
    forceNext(endpoint, outcome) {
      const queue = forced.get(endpoint) ?? [];
      queue.push(outcome);
      forced.set(endpoint, queue);
    },
    get requests() {
      return [...requests];
    },
    getAccount: (email) => store.getAccount(email),
    sessions: (email) => store.sessions(email),
    revokeSessions: (email) => store.revokeSessions(email),
    deliver: (mail) => store.deliver(mail),
    fetch: inProcessFetch,
    serverModeHandlers: (serverOptions) =>
      createServerModeHandlers(
        { baseUrl, accountInfoPath, fetch: inProcessFetch, deliver: (mail) => store.deliver(mail), jar },
        serverOptions,
      ),
    get browserCookies() {
      return jar.snapshot();
    },
  };
  return { api, confirm: (token) => store.confirm(token) };
}
