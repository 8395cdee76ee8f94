// @vitest-environment node
// Issue 34: a link is spent only by a sign-in. The token is used up once BizKitHub has issued the
// session and the browser is still there to get it; an abandoned confirmation, a failing
// BizKitHub or a failing store leave the link usable and say the true reason. Memory store and
// real Redis, through the public handler (and a real HTTP connection for the abandoned click).
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore, toNodeHandler, type MagicLinkStore } from '../../src/server/index.js';
import { formTokenIn, linkMailingShop, openAndPress, withSetCookies } from './confirmation.js';
import { startRedis } from './redis.js';
import { browserRequest, forbidConsoleInEveryTest, startUpstream, verified } from './support.js';

const api = startUpstream();
const redis = startRedis();
forbidConsoleInEveryTest();
const { makeHandler, lastLink } = linkMailingShop();
type Handler = ReturnType<typeof makeHandler>;
const errorOf = (response: Response) => new URL(response.headers.get('location') ?? 'https://x.test/').searchParams.get('error');
const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((line) => line.startsWith('__Host-auth-id='));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Resolves once BizKitHub has received a magic-auth call (which a forced delay then holds). */
const upstreamCalled = () => vi.waitFor(() => expect(api.requests.some(({ endpoint }) => endpoint === 'magic-auth')).toBe(true), { timeout: 5000 });

/** Asks for a link in a fresh browser; its cookie header. */
async function askForLink(handler: Handler): Promise<string | undefined> {
  return withSetCookies(undefined, await handler(browserRequest('/magic-link', { body: { email: verified.email } })));
}

/** A browser that has opened `link`: its cookies and the page's form token, ready to press. */
async function openPage(handler: Handler, link: string, cookie?: string) {
  const page = await handler(new Request(link, { headers: cookie ? { cookie } : {} }));
  return { cookie: withSetCookies(cookie, page) ?? '', formToken: formTokenIn(await page.text()) ?? '' };
}

const pressRequest = (link: string, { cookie, formToken }: { cookie: string; formToken: string }, signal?: AbortSignal) =>
  new Request(link, {
    method: 'POST',
    headers: { origin: 'null', 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: `confirm=${formToken}`,
    ...(signal ? { signal } : {}),
  });

/** `store` with `method` throwing once for a key that `match`es, after `arm()`. */
function failing(store: MagicLinkStore, method: keyof MagicLinkStore, match: RegExp) {
  let armed = false;
  let failures = 0;
  const original = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
  const wrapped: MagicLinkStore = {
    ...store,
    [method]: async (...args: unknown[]) => {
      if (armed && match.test(String(args[0]))) {
        armed = false;
        failures += 1;
        throw new Error('store down');
      }
      return original(...args);
    },
  };
  return {
    store: wrapped,
    arm: () => {
      armed = true;
    },
    failures: () => failures,
  };
}

let base = 0;
describe.each([
  ['the memory store', (): MagicLinkStore => createMemoryStore()],
  ['Redis', (): MagicLinkStore => redis.store(`spend-${(base += 1)}`)],
])('spending a link on %s', (_name, makeStore) => {
  it('an abandoned confirmation (the browser leaves while BizKitHub answers) leaves the link usable', async () => {
    const handler = makeHandler(makeStore());
    const cookie = await askForLink(handler);
    const page = await openPage(handler, lastLink(), cookie);
    api.forceNext('magic-auth', { delayMs: 400 });
    const leaving = new AbortController();
    void upstreamCalled().then(() => leaving.abort());
    const abandoned = await handler(pressRequest(lastLink(), page, leaving.signal));
    expect(sessionCookieOf(abandoned)).toBeUndefined();
    // BizKitHub answers after the browser left (a session nobody got).
    await sleep(400);
    // The customer comes back and clicks again: it signs in, instead of "used".
    const again = await openAndPress(handler, lastLink(), { cookie });
    expect(sessionCookieOf(again)).toBeDefined();
    expect(errorOf(await openAndPress(handler, lastLink(), { cookie }))).toBe('used');
  });

  it('a double press: the first request is abandoned while the second waits, and the second signs in', async () => {
    const handler = makeHandler(makeStore());
    const cookie = await askForLink(handler);
    const page = await openPage(handler, lastLink(), cookie);
    api.forceNext('magic-auth', { delayMs: 400 });
    const first = new AbortController();
    const firstPress = handler(pressRequest(lastLink(), page, first.signal));
    await upstreamCalled();
    const secondPress = handler(pressRequest(lastLink(), page));
    await sleep(50);
    first.abort();
    expect(sessionCookieOf(await firstPress)).toBeUndefined();
    const second = await secondPress;
    expect(second.status).toBe(303);
    expect(sessionCookieOf(second)).toBeDefined();
    // The abandoned call's answer arrives too, inside this test.
    await sleep(300);
  });

  it.each([
    ['unavailable', { networkError: true }],
    ['unavailable', { nonJson: 502 }],
    ['rate-limit', { rateLimit: { retryAfterSeconds: 5 } }],
    ['E001', { code: 'E001' }],
  ] as const)('a BizKitHub failure after the click says "%s" and leaves the link usable', async (reason, outcome) => {
    const handler = makeHandler(makeStore());
    const cookie = await askForLink(handler);
    api.forceNext('magic-auth', outcome);
    const failed = await openAndPress(handler, lastLink(), { cookie });
    expect(errorOf(failed)).toBe(reason);
    expect(sessionCookieOf(failed)).toBeUndefined();
    expect(sessionCookieOf(await openAndPress(handler, lastLink(), { cookie }))).toBeDefined();
  });

  it.each([
    ['using the token up', 'take' as const, /magic-link:token:/],
    ['taking the claim', 'increment' as const, /magic-link:claim:/],
    ['reading the token', 'get' as const, /magic-link:token:/],
  ])('a store failure while %s says "unavailable", hands out no session, and leaves the link usable', async (_step, method, match) => {
    const store = failing(makeStore(), method, match);
    const handler = makeHandler(store.store);
    const cookie = await askForLink(handler);
    const page = await openPage(handler, lastLink(), cookie);
    store.arm();
    const failed = await handler(pressRequest(lastLink(), page));
    expect(store.failures()).toBe(1);
    expect(errorOf(failed)).toBe('unavailable');
    expect(sessionCookieOf(failed)).toBeUndefined();
    const again = await openAndPress(handler, lastLink(), { cookie });
    expect(sessionCookieOf(again)).toBeDefined();
  });

  it('a store failure writing the "used" mark after BizKitHub answered still signs in, once', async () => {
    const store = failing(makeStore(), 'set', /magic-link:used:/);
    const handler = makeHandler(store.store);
    const cookie = await askForLink(handler);
    const page = await openPage(handler, lastLink(), cookie);
    store.arm();
    const signedIn = await handler(pressRequest(lastLink(), page));
    expect(store.failures()).toBe(1);
    expect(sessionCookieOf(signedIn)).toBeDefined();
    const again = await openAndPress(handler, lastLink(), { cookie });
    expect(sessionCookieOf(again)).toBeUndefined();
    expect(api.sessions(verified.email)).toHaveLength(1);
  });

  it('50 browsers pressing one link at once (while BizKitHub takes 300 ms) make exactly one session', async () => {
    const handler = makeHandler(makeStore());
    await askForLink(handler);
    const pages = await Promise.all(Array.from({ length: 50 }, () => openPage(handler, lastLink())));
    api.forceNext('magic-auth', { delayMs: 300 });
    const responses = await Promise.all(pages.map((page) => handler(pressRequest(lastLink(), page))));
    expect(responses.filter((response) => sessionCookieOf(response) !== undefined)).toHaveLength(1);
    expect(api.sessions(verified.email)).toHaveLength(1);
    const others = responses.filter((response) => sessionCookieOf(response) === undefined).map(errorOf);
    expect(new Set(others)).toEqual(new Set(['used']));
  });
});

describe('an abandoned confirmation over a real connection (toNodeHandler on 127.0.0.1)', () => {
  let server: Server;
  let port = 0;
  const handler = makeHandler(undefined);
  beforeAll(async () => {
    server = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('a browser that closes the connection during the sign-in does not use the link up', async () => {
    const cookie = await askForLink(handler);
    const link = lastLink();
    const page = await openPage(handler, link, cookie);
    api.forceNext('magic-auth', { delayMs: 400 });
    const { pathname, search } = new URL(link);
    const body = `confirm=${page.formToken}`;
    await new Promise<void>((resolve) => {
      const outgoing = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: pathname + search,
        headers: {
          host: 'shop.example',
          origin: 'null',
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
          cookie: page.cookie,
        },
      });
      outgoing.on('error', () => resolve());
      outgoing.end(body);
      // The browser leaves while BizKitHub is answering.
      void upstreamCalled().then(() => {
        outgoing.destroy();
        resolve();
      });
    });
    // Pressed again at once: it waits for the abandoned sign-in to let go of the link, then signs in.
    const again = await openAndPress(handler, link, { cookie });
    expect(sessionCookieOf(again)).toBeDefined();
  });
});
