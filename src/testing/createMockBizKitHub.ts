import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MockStore } from './mockStore.js';
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
  MockEndpoint,
  MockOutcome,
  MockRequest,
} from './types.js';
import { validateBody } from './validate.js';

/** Where the emulator listens unless told otherwise. */
export const defaultMockBaseUrl = 'https://api.bizkithub.com';

/** The documented key format. */
const apiKeyPattern = /^(PROD|DEV_|ROOT)[A-Za-z0-9]{28}$/;
/** The sample key printed in BizKitHub's docs: well-formed, refused by the platform. */
const sampleApiKey = 'PRODPGrFxpGEtrOZfuWhnoJohUYBXuOE';

const mockEndpoints: readonly MockEndpoint[] = [
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
  const baseUrl = (options.baseUrl ?? defaultMockBaseUrl).replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  const requireApiKey = options.requireApiKey ?? true;
  const errorStatus = options.errorStatus ?? 200;
  const initialLatency = options.latencyMs ?? 0;
  const initialAccounts = [...(options.accounts ?? [])];

  const store = new MockStore(now);
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
    const body = await readJson(request);
    const apiKey = readApiKey(request);
    requests.push(
      Object.freeze({
        endpoint,
        body: body.ok ? body.value : undefined,
        apiKey: apiKey === '' ? undefined : apiKey,
        url: request.url,
        receivedAt: now(),
      }),
    );
    const outcome = forced.get(endpoint)?.shift();

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
    const fields = body.ok ? validateBody(endpoint, body.value) : undefined;
    if (!fields) return endpointFailure(endpoint, 'E001', errorStatus);
    const result = store.handle(endpoint, fields);
    return result.ok ? success(result.body) : endpointFailure(endpoint, result.code, errorStatus);
  }

  const handlers: HttpHandler[] = mockEndpoints.map((endpoint) =>
    http.post(`${baseUrl}/api/v1/customer/${endpoint}`, ({ request }) => answer(endpoint, request)),
  );

  function reset(): void {
    store.clear();
    requests.length = 0;
    forced.clear();
    latencyMs = initialLatency;
    store.seed(initialAccounts);
  }

  store.seed(initialAccounts);

  return {
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
  };
}
