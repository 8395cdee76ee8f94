// @vitest-environment node
import {
  createBizKitHubHandler,
  createMemoryStore,
  type BizKitHubHandlerOptions,
  type HandlerErrorEvent,
  type MagicLinkMessage,
  type MagicLinkStore,
} from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { browserRequest, shopOrigin } from './support.js';

// Operators see every fault: each one calls onError with a typed event (route, reason, status,
// duration, the cause's name and message), and nothing in it is a secret or a customer's data.

// Planted in the requests, the upstream's answers and the causes; none may come out.
const password = 'Tr0ub4dor&3horse';
const email = 'jana.novakova@example.cz';
const identityId = 'Q7w2E9r4T6y8U1i3O5p7A9s2D4f6G8h1';
const clientIp = '198.51.100.23';
const secrets = [devKey, password, email, identityId, clientIp];

function leaks(text: string, more: readonly string[] = []): string[] {
  return [...secrets, ...more].filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));
}

/**
 * What a careless upstream or store might say: every secret at once. A password is only known to
 * the handler when the request carried it, so a request without one gets a cause without one.
 */
const everythingAtOnce = `for ${email} from ${clientIp} with key ${devKey}, password ${password}, identity ${identityId}`;
const everythingButThePassword = `for ${email} from ${clientIp} with key ${devKey}, identity ${identityId}`;

function makeHandler(options: Partial<BizKitHubHandlerOptions> = {}) {
  const events: HandlerErrorEvent[] = [];
  const lines: string[] = [];
  const handler = createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    trustProxyHops: 1,
    fetch: () => Promise.reject(new Error('no upstream in this test')),
    onError: (event) => void events.push(event),
    logger: { warn: (line) => void lines.push(line) },
    ...options,
  });
  return { handler, events, lines };
}

const fromCustomer = { headers: { 'x-forwarded-for': clientIp, cookie: `__Host-auth-id=${identityId}` } };
const signIn = (handler: ReturnType<typeof makeHandler>['handler']) =>
  handler(browserRequest('/login', { body: { email, password }, ...fromCustomer }));

function failingStore(said = everythingAtOnce): MagicLinkStore {
  const fail = () => Promise.reject(new Error(`READONLY ${said}`));
  return { set: fail, get: fail, take: fail, increment: fail };
}

function expectEvent(events: HandlerErrorEvent[], expected: Omit<HandlerErrorEvent, 'durationMs' | 'cause'> & { cause: RegExp }) {
  expect(events).toHaveLength(1);
  const [event] = events as [HandlerErrorEvent];
  const { cause, ...rest } = expected;
  expect(event).toEqual({ ...rest, durationMs: expect.any(Number) as number, cause: { name: expect.any(String) as string, message: expect.stringMatching(cause) as string } });
  expect(event.durationMs).toBeGreaterThanOrEqual(0);
  expect(leaks(JSON.stringify(event))).toEqual([]);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('onError hears of every fault, with no secret in it', () => {
  it('the store throws (the sign-in lock): sign-in goes on without it, and onError hears store-unavailable with the store\'s own words', async () => {
    const { handler, events } = makeHandler({
      store: failingStore(),
      hideAccountExistence: true,
      fetch: async () => Response.json({ success: false, errorCode: 'E004', message: `Wrong e-mail or password ${everythingAtOnce}` }),
    });
    const response = await signIn(handler);
    // The customer's answer is BizKitHub's (hidden) one, as for any address: the store's fault is the operator's.
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: false, errorCode: 'E004' });
    expectEvent(events, { route: '/login', method: 'POST', status: 200, reason: 'store-unavailable', cause: /^READONLY for \[/ });
    expect(events[0]?.cause?.name).toBe('Error');
  });

  it('the store throws (a magic link): 503, and the verify page reports it too', async () => {
    const store = failingStore(everythingButThePassword);
    const { handler, events } = makeHandler({ store, magicLink: { sendMagicLink: () => undefined } });
    const response = await handler(browserRequest('/magic-link', { body: { email }, ...fromCustomer }));
    expect(response.status).toBe(503);
    expectEvent(events, { route: '/magic-link', method: 'POST', status: 503, reason: 'store-unavailable', cause: /^READONLY/ });

    events.length = 0;
    const token = 'tOkEn_of_the_link-43-characters-long-xyzABC';
    const page = await handler(browserRequest(`/magic-link/verify?token=${token}`, fromCustomer));
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`${shopOrigin}/?error=unavailable`);
    expectEvent(events, { route: '/magic-link/verify', method: 'GET', status: 303, reason: 'store-unavailable', cause: /^READONLY/ });
    expect(leaks(JSON.stringify(events), [token])).toEqual([]);
  });

  it('the store is full: 503 store-full', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined); // the memory store's own development warning
    try {
      const { handler, events } = makeHandler({ store: createMemoryStore({ maxEntries: 3 }), magicLink: { sendMagicLink: () => undefined } });
      let response: Response | undefined;
      for (let index = 0; index < 5 && response?.status !== 503; index += 1) {
        response = await handler(browserRequest('/magic-link', { body: { email: `n${index}@example.com` }, ...fromCustomer }));
      }
      expect(await response?.json()).toEqual({ success: false, reason: 'store-full' });
      expectEvent(events, { route: '/magic-link', method: 'POST', status: 503, reason: 'store-full', cause: /no room for a new token/ });
      expect(events[0]?.cause?.name).toBe('StoreFullError');
    } finally {
      warn.mockRestore();
    }
  });

  it('BizKitHub is down: 502 upstream-unavailable, with the network\'s words', async () => {
    const { handler, events } = makeHandler({ fetch: () => Promise.reject(new TypeError(`fetch failed: connect ECONNREFUSED ${clientIp}:443 ${everythingAtOnce}`)) });
    const response = await signIn(handler);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ success: false, reason: 'upstream-unavailable' });
    expectEvent(events, { route: '/login', method: 'POST', status: 502, reason: 'upstream-unavailable', cause: /could not be reached.*\(TypeError: fetch failed: connect ECONNREFUSED \[(ip|redacted)\]:443/ });
    expect(events[0]?.cause?.name).toBe('BizKitHubError');
  });

  it('BizKitHub times out: 504 upstream-unavailable', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException(everythingButThePassword, 'AbortError'))));
    const { handler, events } = makeHandler({ fetch: hang, timeoutMs: 30 });
    const response = await handler(browserRequest('/session', fromCustomer));
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ success: false, reason: 'upstream-unavailable' });
    expectEvent(events, { route: '/session', method: 'GET', status: 504, reason: 'upstream-unavailable', cause: /did not answer in time/ });
    expect(events[0]?.durationMs).toBeGreaterThanOrEqual(25);
  });

  it('BizKitHub answers something undocumented: 502 upstream-unavailable, and its page is not quoted', async () => {
    const page = `<html>Maintenance ${everythingAtOnce}</html>`;
    const { handler, events } = makeHandler({ fetch: () => Promise.resolve(new Response(page, { status: 200, headers: { 'content-type': 'text/html' } })) });
    const response = await signIn(handler);
    expect(response.status).toBe(502);
    expectEvent(events, { route: '/login', method: 'POST', status: 502, reason: 'upstream-unavailable', cause: /not the documented JSON/ });
    expect(JSON.stringify(events)).not.toContain('Maintenance');
  });

  it('BizKitHub answers a JSON error without a code: its status, upstream-unavailable, its message redacted', async () => {
    const { handler, events } = makeHandler({ fetch: () => Promise.resolve(Response.json({ message: `Down ${everythingAtOnce}` }, { status: 503 })) });
    const response = await signIn(handler);
    expect(response.status).toBe(503);
    expectEvent(events, { route: '/login', method: 'POST', status: 503, reason: 'upstream-unavailable', cause: /HTTP 503/ });
  });

  it('BizKitHub refuses the key: the platform code passes as before, and onError hears upstream-refused', async () => {
    const refused = Response.json({ success: false, errorCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST', message: `Key ${devKey} unknown ${everythingAtOnce}` }, { status: 404 });
    const { handler, events } = makeHandler({ fetch: () => Promise.resolve(refused) });
    const response = await signIn(handler);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ success: false, errorCode: 'PUBLIC_API_KEY_DOES_NOT_EXIST' });
    expectEvent(events, { route: '/login', method: 'POST', status: 404, reason: 'upstream-refused', cause: /PUBLIC_API_KEY_DOES_NOT_EXIST/ });
  });

  it('the mailer throws: 502 mailer-failed, without the link or the address it was mailing', async () => {
    let link = '';
    const sendMagicLink = (message: MagicLinkMessage) => {
      link = message.url;
      throw new Error(`SMTP 550 mailbox ${message.email} refused ${message.url}`);
    };
    const { handler, events } = makeHandler({ magicLink: { sendMagicLink } });
    const response = await handler(browserRequest('/magic-link', { body: { email }, ...fromCustomer }));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ success: false, reason: 'mailer-failed' });
    expectEvent(events, { route: '/magic-link', method: 'POST', status: 502, reason: 'mailer-failed', cause: /^SMTP 550 mailbox \[/ });
    const token = new URL(link).searchParams.get('token') ?? '';
    expect(token).not.toBe('');
    expect(leaks(JSON.stringify(events), [token])).toEqual([]);
  });

  it('an internal error (a callback that throws): 500 internal-error, its cause kept, the password it quotes left out', async () => {
    const { handler, events } = makeHandler({
      register: {
        groups: () => {
          throw new RangeError(`groups lookup failed (${password}) ${everythingAtOnce}`);
        },
      },
    });
    const response = await handler(browserRequest('/register-account', { body: { email, password }, ...fromCustomer }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ success: false, reason: 'internal-error' });
    expectEvent(events, { route: '/register-account', method: 'POST', status: 500, reason: 'internal-error', cause: /^groups lookup failed \(\[redacted\]\)/ });
    expect(events[0]?.cause?.name).toBe('RangeError');
  });

  it('a failed magic-auth on the verify page reports the upstream fault; a customer\'s own failure does not', async () => {
    let link = '';
    let upstream: () => Promise<Response> = () => Promise.reject(new TypeError('fetch failed'));
    const { handler, events } = makeHandler({
      fetch: () => upstream(),
      magicLink: { sendMagicLink: (message) => void (link = message.url) },
    });
    const asked = await handler(browserRequest('/magic-link', { body: { email }, ...fromCustomer }));
    const nonce = (asked.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // As a browser does: open the page, then press its button (with the page's form field, if it has one).
    const press = async () => {
      const page = await handler(new Request(link, { headers: { cookie: nonce } }));
      const field = /<input type="hidden" name="([^"]+)" value="([^"]+)">/.exec(await page.text());
      const cookies = [nonce, ...page.headers.getSetCookie().map((line) => line.split(';')[0] ?? '')].filter(Boolean).join('; ');
      return handler(new Request(link, {
        method: 'POST',
        headers: { origin: shopOrigin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
        body: field ? `${field[1]}=${encodeURIComponent(field[2] ?? '')}` : '',
      }));
    };
    expect((await press()).headers.get('location')).toBe(`${shopOrigin}/?error=unavailable`);
    expectEvent(events, { route: '/magic-link/verify', method: 'POST', status: 303, reason: 'upstream-unavailable', cause: /could not be reached/ });

    events.length = 0;
    upstream = () => Promise.resolve(Response.json({ success: false, errorCode: 'E005' }));
    expect((await press()).headers.get('location')).toBe(`${shopOrigin}/?error=E005`);
    expect(events).toEqual([]);
  });

  it('a customer\'s failure (a wrong password, a limit) is no fault', async () => {
    const { handler, events, lines } = makeHandler({ fetch: () => Promise.resolve(Response.json({ success: false, errorCode: 'E004' })) });
    expect((await signIn(handler)).status).toBe(200);
    expect(events).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('an onError that throws changes nothing the browser gets', async () => {
    const handler = createBizKitHubHandler({
      apiKey: devKey,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      onError: () => {
        throw new Error('monitoring down');
      },
    });
    const response = await handler(browserRequest('/login', { body: { email, password } }));
    expect(response.status).toBe(502);
  });
});

describe('without onError, faults are logged at warn level, each reason at most once a minute', () => {
  it('one line per reason per minute, counting what it held back; no secret in any line', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00Z') });
    const lines: string[] = [];
    const handler = createBizKitHubHandler({
      apiKey: devKey,
      trustProxyHops: 1,
      fetch: () => Promise.reject(new TypeError(`fetch failed ${everythingButThePassword}`)),
      // No password in the store's words: the magic-link request carries none for the scrubber to know.
      store: failingStore(everythingButThePassword),
      hideAccountExistence: true,
      origin: shopOrigin,
      magicLink: { sendMagicLink: () => undefined },
      logger: { warn: (line) => void lines.push(line) },
    });
    const session = () => handler(browserRequest('/session', fromCustomer));
    await session();
    await session();
    await signIn(handler); // the lock's store fails, then BizKitHub: the answer's own fault is upstream-unavailable, already said
    await handler(browserRequest('/magic-link', { body: { email }, ...fromCustomer })); // the store fails: another reason, its own line
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^@bizkithub\/auth-react\/server: GET \/session failed with 502 upstream-unavailable after \d+ ms: BizKitHubError: .*fetch failed.* check baseUrl/);
    expect(lines[1]).toMatch(/^@bizkithub\/auth-react\/server: POST \/magic-link failed with 503 store-unavailable after \d+ ms: Error: READONLY .*check the server behind it/);

    vi.advanceTimersByTime(30_000);
    await session();
    expect(lines).toHaveLength(2);
    vi.advanceTimersByTime(30_000);
    await session();
    expect(lines).toHaveLength(3);
    // Held back: the two sessions and the sign-in, whose BizKitHub also failed.
    expect(lines[2]).toMatch(/upstream-unavailable.*\(3 more since the last such line\)$/);
    expect(leaks(lines.join('\n'))).toEqual([]);
  });

  it('goes to console.warn by default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const handler = createBizKitHubHandler({ apiKey: devKey, fetch: () => Promise.reject(new TypeError('fetch failed')) });
      await handler(browserRequest('/login', { body: { email, password } }));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^@bizkithub\/auth-react\/server: POST \/login failed with 502 upstream-unavailable/);
      expect(leaks(String(warn.mock.calls[0]?.[0]))).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  it('is replaced by onError: no line then', async () => {
    const { handler, events, lines } = makeHandler({ fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await signIn(handler);
    expect(events).toHaveLength(1);
    expect(lines).toEqual([]);
  });
});
