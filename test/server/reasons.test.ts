// @vitest-environment node
import { createBizKitHubClient } from '../../src/client/createClient.js';
import { isBizKitHubError, type BizKitHubError } from '../../src/core/errors.js';
import { refusalReasons, type RefusalReason } from '../../src/core/refusalReason.js';
import { getErrorMessage } from '../../src/i18n/getErrorMessage.js';
import { cs } from '../../src/i18n/locales/cs.js';
import {
  createBizKitHubHandler,
  createMemoryStore,
  type BizKitHubHandlerOptions,
  type MagicLinkStore,
} from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { browserRequest, shopOrigin } from './support.js';

// Every refusal of the handler names its reason in the body, and in development logs one warning
// per reason saying what it saw and how to fix it. In production: each reason at most once a minute,
// with nothing from the request.

const neverUpstream: typeof fetch = () => Promise.reject(new Error('this test must not reach BizKitHub'));

function makeHandler(options: Partial<BizKitHubHandlerOptions> = {}) {
  const lines: string[] = [];
  const handler = createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    fetch: neverUpstream,
    logger: { warn: (line) => void lines.push(line) },
    ...options,
  });
  return { handler, lines };
}

async function expectRefusal(response: Response, status: number, reason: RefusalReason) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({ success: false, reason });
}

const login = { email: 'jana@example.com', password: 'Tr0ub4dor&3horse' };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('each refusal: its status, its reason and its development warning', () => {
  it('403 origin-mismatch: an Origin that is not the configured one, named with the fix', async () => {
    const { handler, lines } = makeHandler({ origin: 'http://127.0.0.1:3002' });
    const request = browserRequest('/login', { body: login, origin: 'http://localhost:3002', url: 'http://localhost:3002/api/auth/login' });
    await expectRefusal(await handler(request), 403, 'origin-mismatch');
    expect(lines).toEqual([
      '@bizkithub/auth-react/server: POST /login refused with 403 origin-mismatch. Origin http://localhost:3002 is not the configured ' +
        'origin http://127.0.0.1:3002 (the origin option). Browse the shop at its configured origin, or add it to allowedOrigins.',
    ]);
  });

  it('403 origin-mismatch names allowedOrigins when they are the rule', async () => {
    const { handler, lines } = makeHandler({ allowedOrigins: ['https://shop.example', 'https://www.shop.example'] });
    await expectRefusal(await handler(browserRequest('/login', { body: login, origin: 'https://old.shop.example' })), 403, 'origin-mismatch');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Origin https://old.shop.example is not on allowedOrigins (https://shop.example, https://www.shop.example)');
  });

  it('403 cross-site: another site\'s page, a request without Origin, and Origin: null each say which check failed', async () => {
    const fromEvil = makeHandler();
    const evil = browserRequest('/login', { body: login, origin: 'https://evil.example', headers: { 'sec-fetch-site': 'cross-site' } });
    await expectRefusal(await fromEvil.handler(evil), 403, 'cross-site');
    expect(fromEvil.lines[0]).toMatch(/Origin "https:\/\/evil\.example" is another site \(Sec-Fetch-Site: "cross-site"\)\. If that site is yours, add it to allowedOrigins\.$/);

    const fromTool = makeHandler();
    await expectRefusal(await fromTool.handler(browserRequest('/login', { body: login, origin: null })), 403, 'cross-site');
    expect(fromTool.lines[0]).toContain('has no Origin header');
    expect(fromTool.lines[0]).toContain('set allowRequestsWithoutOrigin: true');

    const opaque = makeHandler();
    await expectRefusal(await opaque.handler(browserRequest('/login', { body: login, origin: 'null' })), 403, 'cross-site');
    expect(opaque.lines[0]).toContain('Origin: null and Sec-Fetch-Site: none');
  });

  it('404 unknown-route: lists the routes; a path outside basePath points at serverUrl and basePath', async () => {
    const { handler, lines } = makeHandler();
    await expectRefusal(await handler(browserRequest('/logn', { body: login })), 404, 'unknown-route');
    expect(lines[0]).toContain('POST (no route) refused with 404 unknown-route. "/api/auth/logn" is no route of the handler.');
    expect(lines[0]).toContain('/login, /register-account, /reset-password, /set-new-password, /session, /sign-out');

    const elsewhere = makeHandler();
    await expectRefusal(await elsewhere.handler(browserRequest('', { url: `${shopOrigin}/auth/session` })), 404, 'unknown-route');
    expect(elsewhere.lines[0]).toContain('"/auth/session" is outside basePath /api/auth. Point the browser\'s serverUrl at the handler\'s basePath');
  });

  it('404 unknown-route for /magic-auth says why it is never forwarded', async () => {
    const { handler, lines } = makeHandler();
    await expectRefusal(await handler(browserRequest('/magic-auth', { body: { email: login.email } })), 404, 'unknown-route');
    expect(lines[0]).toContain('magic-auth is never forwarded');
  });

  it('404 not-configured: the magic-link routes without the magicLink option say what to configure', async () => {
    const { handler, lines } = makeHandler();
    await expectRefusal(await handler(browserRequest('/magic-link', { body: { email: login.email } })), 404, 'not-configured');
    await expectRefusal(await handler(browserRequest('/magic-link/verify?token=x')), 404, 'not-configured');
    // One warning per reason.
    expect(lines).toEqual([
      '@bizkithub/auth-react/server: POST /magic-link refused with 404 not-configured. /api/auth/magic-link needs the magicLink option: ' +
        'createBizKitHubHandler({ …, origin, magicLink: { sendMagicLink } }). See docs/magic-links.md.',
    ]);
    // With the option, the same route is served.
    const configured = makeHandler({ trustProxyHops: 1, magicLink: { sendMagicLink: () => undefined } });
    const fromKnownClient = { headers: { 'x-forwarded-for': '203.0.113.5' } };
    expect((await configured.handler(browserRequest('/magic-link', { body: { email: login.email }, ...fromKnownClient }))).status).toBe(200);
  });

  it('405 method-not-allowed: names the methods the route answers', async () => {
    const { handler, lines } = makeHandler();
    const response = await handler(browserRequest('/login'));
    expect(response.headers.get('allow')).toBe('POST');
    await expectRefusal(response, 405, 'method-not-allowed');
    expect(lines[0]).toContain('GET /login refused with 405 method-not-allowed. GET is not a method of this route; it answers POST.');
  });

  it('413 body-too-large: says the limit and what was sent', async () => {
    const { handler, lines } = makeHandler();
    const big = JSON.stringify({ ...login, padding: 'x'.repeat(20_000) });
    await expectRefusal(await handler(browserRequest('/login', { rawBody: big, headers: { 'content-type': 'application/json', 'content-length': String(big.length) } })), 413, 'body-too-large');
    expect(lines[0]).toContain(`(Content-Length: "${big.length}") is over 16 kB`);
    expect(lines[0]).not.toContain(login.password);
  });

  it('415 unsupported-media-type: quotes the Content-Type and says to send JSON', async () => {
    const { handler, lines } = makeHandler();
    const form = new URLSearchParams(login).toString();
    await expectRefusal(await handler(browserRequest('/login', { rawBody: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } })), 415, 'unsupported-media-type');
    expect(lines[0]).toContain('Content-Type "application/x-www-form-urlencoded" is not JSON. Send the body as application/json');
    expect(lines[0]).not.toContain(login.password);
  });

  describe('429: which limit refused', () => {
    const sendMagicLink = () => undefined;
    const ask = (handler: ReturnType<typeof makeHandler>['handler'], email: string, ip: string) =>
      handler(browserRequest('/magic-link', { body: { email }, headers: { 'x-forwarded-for': ip } }));

    beforeEach(() => {
      // Inside one fixed window, whenever the test runs.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:05:00Z') });
    });

    it('rate-limit-client: the per-IP budget', async () => {
      const { handler, lines } = makeHandler({ trustProxyHops: 1, magicLink: { sendMagicLink, limits: { perIp: 2 } } });
      await ask(handler, 'a@example.com', '203.0.113.9');
      await ask(handler, 'b@example.com', '203.0.113.9');
      const refused = await ask(handler, 'c@example.com', '203.0.113.9');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      await expectRefusal(refused, 429, 'rate-limit-client');
      expect(lines[0]).toContain('magicLink.limits.perIp');
      expect(lines[0]).not.toContain('203.0.113.9');
    });

    it('rate-limit-address: the per-mailbox budget, without naming the mailbox', async () => {
      const { handler, lines } = makeHandler({ trustProxyHops: 1, magicLink: { sendMagicLink, limits: { perEmail: 1 } } });
      await ask(handler, 'jana@example.com', '203.0.113.1');
      await expectRefusal(await ask(handler, 'Jana+shop@example.com', '203.0.113.2'), 429, 'rate-limit-address');
      expect(lines[0]).toContain('magicLink.limits.perEmail');
      expect(lines[0]).not.toMatch(/jana/i);
    });

    it('rate-limit-global: the shop-wide budget', async () => {
      const { handler, lines } = makeHandler({ trustProxyHops: 1, magicLink: { sendMagicLink, limits: { global: 1 } } });
      await ask(handler, 'a@example.com', '203.0.113.1');
      await expectRefusal(await ask(handler, 'b@example.com', '203.0.113.2'), 429, 'rate-limit-global');
      expect(lines[0]).toContain('magicLink.limits.global');
    });
  });

  it('rate-limit-address at /login: the hideAccountExistence lock answers as BizKitHub would, and tells only the developer why', async () => {
    let upstreamCalls = 0;
    const unknownAddress: typeof fetch = () => {
      upstreamCalls += 1;
      return Promise.resolve(new Response(JSON.stringify({ success: false, errorCode: 'E002' }), { headers: { 'content-type': 'application/json' } }));
    };
    const { handler, lines } = makeHandler({ hideAccountExistence: true, fetch: unknownAddress });
    const attempt = () => handler(browserRequest('/login', { body: login }));
    for (let failed = 0; failed < 5; failed += 1) expect(await (await attempt()).json()).toEqual({ success: false, errorCode: 'E004' });
    expect(lines).toEqual([]);

    const locked = await attempt();
    expect(upstreamCalls).toBe(5);
    // The customer's answer is BizKitHub's own shape: no reason a prober could tell it apart by.
    expect(locked.status).toBe(200);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await locked.json()).toEqual({ success: false, errorCode: 'E006' });
    expect(lines).toEqual([
      '@bizkithub/auth-react/server: POST /login refused with 200 rate-limit-address. This address failed to sign in 5 times in 15 minutes: ' +
        'the hideAccountExistence lock answers E006, as BizKitHub would, for known and unknown addresses alike, until the window ends.',
    ]);
  });

  it('warns once per reason in development, however often and however differently it refuses', async () => {
    const { handler, lines } = makeHandler();
    for (const origin of ['https://a.example', 'https://b.example', 'https://c.example']) {
      await handler(browserRequest('/login', { body: login, origin }));
    }
    await handler(browserRequest('/nope'));
    await handler(browserRequest('/nope-again'));
    expect(lines.map((line) => /refused with \d+ ([a-z-]+)/.exec(line)?.[1])).toEqual(['origin-mismatch', 'unknown-route']);
  });

  it('logs to console.warn unless a logger is given', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const handler = createBizKitHubHandler({ apiKey: devKey, fetch: neverUpstream });
      await handler(browserRequest('/nope'));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/^@bizkithub\/auth-react\/server: GET \(no route\) refused with 404 unknown-route\./);
    } finally {
      warn.mockRestore();
    }
  });

  it('a logger that throws changes nothing the browser gets', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey, fetch: neverUpstream, logger: { warn: () => { throw new Error('log full'); } } });
    await expectRefusal(await handler(browserRequest('/nope')), 404, 'unknown-route');
  });

  it('refuses a logger without warn, and an onError that is no function, at creation', () => {
    expect(() => createBizKitHubHandler({ apiKey: devKey, logger: {} as unknown as Console })).toThrow(/logger must have a warn/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, onError: 'log' as unknown as () => void })).toThrow(/onError must be a function/);
  });
});

describe('in production', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00Z') });
  });

  it('logs each reason at most once a minute, counting what it held back, and quotes nothing from the request', async () => {
    const { handler, lines } = makeHandler();
    const mismatch = (origin: string) => handler(browserRequest('/login', { body: login, origin }));
    await expectRefusal(await mismatch('https://jana-novakova.example'), 403, 'origin-mismatch');
    await mismatch('https://other.example');
    await mismatch('https://third.example');
    await handler(browserRequest('/secret-path-of-jana'));
    expect(lines).toEqual([
      '@bizkithub/auth-react/server: POST /login refused with 403 origin-mismatch. See "Why a request was refused" in docs/server.md.',
      '@bizkithub/auth-react/server: GET (no route) refused with 404 unknown-route. See "Why a request was refused" in docs/server.md.',
    ]);

    vi.advanceTimersByTime(59_000);
    await mismatch('https://fourth.example');
    expect(lines).toHaveLength(2);

    vi.advanceTimersByTime(1_000);
    await mismatch('https://fifth.example');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '@bizkithub/auth-react/server: POST /login refused with 403 origin-mismatch. See "Why a request was refused" in docs/server.md. (3 more since the last such line)',
    );
    expect(lines.join('\n')).not.toMatch(/jana|example/);
  });
});

describe('the reasons themselves', () => {
  it('are the documented union: every reason the handler sends is on the list', async () => {
    const sent = new Set<string>();
    const { handler } = makeHandler();
    const requests = [
      browserRequest('/login', { body: login, origin: 'https://evil.example' }),
      browserRequest('/login', { body: login, origin: null }),
      browserRequest('/nope'),
      browserRequest('/magic-link', { body: {} }),
      browserRequest('/login'),
      browserRequest('/login', { rawBody: 'x', headers: { 'content-type': 'text/plain' } }),
    ];
    for (const request of requests) {
      const body = (await (await handler(request)).json()) as { reason?: string };
      if (body.reason !== undefined) sent.add(body.reason);
    }
    expect(sent.size).toBe(requests.length);
    for (const reason of sent) expect(refusalReasons).toContain(reason);
  });
});

describe('the browser client reads the JSON 5xx answers as an outage, never as success', () => {
  const failingStore: MagicLinkStore = {
    set: () => Promise.reject(new Error('redis down')),
    get: () => Promise.reject(new Error('redis down')),
    take: () => Promise.reject(new Error('redis down')),
    increment: () => Promise.reject(new Error('redis down')),
  };

  function clientOf(options: Partial<BizKitHubHandlerOptions>) {
    // A known client address: the limits' "unknown address" warning is another test's business.
    const { handler } = makeHandler({ trustProxyHops: 1, ...options });
    return createBizKitHubClient({
      serverUrl: `${shopOrigin}/api/auth`,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        request.headers.set('origin', shopOrigin);
        request.headers.set('cookie', `__Host-auth-id=${'a'.repeat(32)}`);
        request.headers.set('x-forwarded-for', '203.0.113.5');
        return handler(request);
      },
    });
  }

  async function failure(run: () => Promise<unknown>): Promise<BizKitHubError> {
    const outcome: unknown = await run().then(() => 'resolved', (error: unknown) => error);
    if (!isBizKitHubError(outcome)) throw new Error(`expected a BizKitHubError, got ${String(outcome)}`);
    return outcome;
  }

  it.each([
    ['store-unavailable on a magic link (503)', 503, () => clientOf({ store: failingStore, magicLink: { sendMagicLink: () => undefined } }).requestMagicLink({ email: login.email })],
    ['mailer-failed (502)', 502, () => clientOf({ magicLink: { sendMagicLink: () => { throw new Error('smtp down'); } } }).requestMagicLink({ email: login.email })],
    ['upstream-unavailable (502)', 502, () => clientOf({ fetch: () => Promise.reject(new TypeError('fetch failed')) }).login(login)],
    ['upstream-unavailable on the session (502)', 502, () => clientOf({ fetch: () => Promise.reject(new TypeError('fetch failed')) }).fetchSession()],
    ['internal-error (500)', 500, () => clientOf({ register: { groups: () => { throw new Error('bug'); } } }).registerAccount({ email: login.email, password: login.password })],
  ])('%s', async (_name, status, run) => {
    const error = await failure(run);
    expect(error.status).toBe(status);
    expect(error.kind).toBe('http');
    expect(getErrorMessage(error, cs)).toBe(cs['error.server']);
  });

  it('a full store answers 503 store-full, read as the same outage', async () => {
    const store = createMemoryStore({ maxEntries: 1 });
    const client = clientOf({ store, magicLink: { sendMagicLink: () => undefined, limits: { perIp: 100, perEmail: 100, global: 100 } } });
    const error = await failure(async () => {
      for (let index = 0; index < 5; index += 1) await client.requestMagicLink({ email: `n${index}@example.com` });
    });
    expect(error.status).toBe(503);
    expect(getErrorMessage(error, cs)).toBe(cs['error.server']);
  });
});
