// @vitest-environment node
import { createBizKitHubClient } from '../../src/client/createClient.js';
import { isBizKitHubError, type BizKitHubError } from '../../src/core/errors.js';
import { parseResponse } from '../../src/client/parseResponse.js';
import { getErrorMessageKey } from '../../src/i18n/getErrorMessage.js';
import { createBizKitHubHandler } from '../../src/server/index.js';
import type { MockOutcome } from '../../src/testing/index.js';
import { devKey } from '../support/keys.js';
import { browserRequest, forbidConsoleInEveryTest, shopOrigin, startUpstream, verified } from './support.js';

// The browser client in server mode must read the handler's failures as exactly the same typed
// error as in direct mode: the forms, their messages and their cooldowns cannot tell the modes apart.

const api = startUpstream();
const handler = createBizKitHubHandler({ apiKey: devKey });

/** A browser in a few lines: calls the handler in-process and keeps its cookie. */
function browser() {
  let cookie: string | undefined;
  const fetchThroughHandler: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    request.headers.set('origin', shopOrigin);
    if (cookie) request.headers.set('cookie', cookie);
    const response = await handler(request);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      cookie = /Max-Age=0/.test(setCookie) ? undefined : pair;
    }
    return response;
  };
  return {
    client: createBizKitHubClient({ serverUrl: `${shopOrigin}/api/auth`, fetch: fetchThroughHandler }),
    cookie: () => cookie,
  };
}

const direct = createBizKitHubClient({ apiKey: devKey });

async function failure(run: () => Promise<unknown>): Promise<BizKitHubError> {
  const error: unknown = await run().then(
    () => 'resolved',
    (caught: unknown) => caught,
  );
  if (!isBizKitHubError(error)) throw new Error(`expected a BizKitHubError, got ${String(error)}`);
  return error;
}

function typed(error: BizKitHubError) {
  return { kind: error.kind, code: error.code, status: error.status, retryAfterMs: error.retryAfterMs, endpoint: error.endpoint };
}

forbidConsoleInEveryTest();

describe('the browser client reads the same error in server mode as in direct mode', () => {
  const outcomes: [string, MockOutcome][] = [
    ...['E001', 'E002', 'E003', 'E004', 'E005', 'E006', 'E007'].map((code): [string, MockOutcome] => [code, { code }]),
    ['a platform key code', { platformCode: 'PUBLIC_API_KEY_HAS_BEEN_EXPIRED' }],
    ['the platform throttle code', { platformCode: 'INTERNAL_TOO_MANY_REQUESTS' }],
    ['429 with Retry-After seconds', { rateLimit: { retryAfterSeconds: 75 } }],
  ];

  it.each(outcomes)('%s', async (_name, outcome) => {
    const credentials = { email: verified.email, password: verified.password ?? '' };
    api.forceNext('login', outcome);
    const fromDirect = await failure(() => direct.login(credentials));
    api.forceNext('login', outcome);
    const fromServer = await failure(() => browser().client.login(credentials));
    expect(typed(fromServer)).toEqual(typed(fromDirect));
    expect(getErrorMessageKey(fromServer)).toBe(getErrorMessageKey(fromDirect));
  });

  it('a cooldown of 429 reaches the form through the proxy', async () => {
    api.forceNext('register-account', { rateLimit: { retryAfterSeconds: 600 } });
    const error = await failure(() => browser().client.registerAccount({ email: 'new@example.com', password: 'pw' }));
    expect(error.kind).toBe('rate-limit');
    expect(error.retryAfterMs).toBe(600_000);
    expect(getErrorMessageKey(error)).toBe('error.rateLimitWait');
  });

  it.each([
    ['an unreachable BizKitHub', { networkError: true } as MockOutcome, 502],
    ['an HTML page from a proxy', { nonJson: 502 } as MockOutcome, 502],
  ])('%s reads as an outage ("temporarily unavailable")', async (_name, outcome, status) => {
    api.forceNext('login', outcome);
    const error = await failure(() => browser().client.login({ email: verified.email, password: 'x' }));
    expect(error.status).toBe(status);
    expect(getErrorMessageKey(error)).toBe('error.server');
  });

  it('a timeout upstream reads as an outage too', async () => {
    const impatient = createBizKitHubHandler({ apiKey: devKey, timeoutMs: 30 });
    api.forceNext('login', { delayMs: 1_000 });
    const client = createBizKitHubClient({
      serverUrl: `${shopOrigin}/api/auth`,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        request.headers.set('origin', shopOrigin);
        return impatient(request);
      },
    });
    const error = await failure(() => client.login({ email: verified.email, password: 'x' }));
    expect(error.status).toBe(504);
    expect(getErrorMessageKey(error)).toBe('error.server');
  });

  it('the handler\'s 400 for a body the schemas refuse never reads as success', async () => {
    const response = await handler(browserRequest('/login', { body: { email: 'x', password: 'y' } }));
    const error = await failure(() => parseResponse('login', response));
    expect(error.status).toBe(400);
    expect(error.code).toBe('INVALID_REQUEST');
  });
});

describe('a whole session through the real client in server mode', () => {
  it('signs in, shows the account, signs out; the identity never reaches the client', async () => {
    const { client, cookie } = browser();
    expect(await client.fetchSession()).toEqual({ status: 'signed-out' });
    const result = await client.login({ email: verified.email, password: verified.password ?? '' });
    expect(result).toEqual({ mode: 'server' });
    const identityId = cookie()?.split('=')[1];
    expect(identityId).toMatch(/^[A-Za-z0-9]{32}$/);
    const session = await client.fetchSession();
    expect(session).toMatchObject({ status: 'signed-in', account: { email: verified.email, firstName: 'Jana' } });
    expect(JSON.stringify(session)).not.toContain(identityId);
    await client.signOut();
    expect(cookie()).toBeUndefined();
    expect(await client.fetchSession()).toEqual({ status: 'signed-out' });
  });
});
