// @vitest-environment node
// Issue 16: a magic link that a mail scanner cannot burn, and that cannot sign a victim in as
// someone else (login CSRF), tried through the public handler on the memory store and real Redis.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createBizKitHubHandler,
  type BizKitHubHandlerOptions,
  type MagicLinkMessage,
  type MagicLinkStore,
} from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { openAndPress } from './confirmation.js';
import { startRedis } from './redis.js';
import { browserRequest, cookieAttributes, forbidConsole, shopOrigin, startUpstream, verified } from './support.js';

const api = startUpstream();
const redis = startRedis();
let sent: MagicLinkMessage[] = [];
beforeEach(() => {
  sent = [];
});

function makeHandler(store?: MagicLinkStore, options: Partial<BizKitHubHandlerOptions> = {}) {
  return createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    getClientIp: () => '192.0.2.1',
    ...options,
    magicLink: { sendMagicLink: (message) => void sent.push(message), ...(store ? { store } : {}), ...options.magicLink },
  });
}
type Handler = ReturnType<typeof makeHandler>;

function lastLink(): string {
  const url = sent.at(-1)?.url;
  if (url === undefined) throw new Error('no magic link was sent');
  return url;
}

/** Asks for a link; the browser-binding cookie it sets, as `name=value`. */
async function requestLink(handler: Handler, body: Record<string, unknown> = { email: verified.email }): Promise<string> {
  const response = await handler(browserRequest('/magic-link', { body }));
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().find((cookie) => cookie.includes('auth-link='))?.split(';')[0] ?? '';
}

const open = (handler: Handler, url: string, headers: Record<string, string> = {}, method = 'GET') => handler(new Request(url, { method, headers }));

/** The link opened and the confirmation page's button pressed, as a browser sends it from the page (`no-referrer`). */
const press = (handler: Handler, url: string, { cookie, ...headers }: Record<string, string> = {}) => openAndPress(handler, url, { cookie, headers });

const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith('__Host-auth-id='));

let base = 0;
describe.each([
  ['the memory store', (): MagicLinkStore | undefined => undefined],
  ['Redis', (): MagicLinkStore | undefined => redis.store(`confirm-${(base += 1)}`)],
])('the confirmation step on %s', (_name, makeStore) => {
  it('lets any number of scanner GETs and HEADs (with or without cookies) pass without using the link or setting a session', async () => {
    const handler = makeHandler(makeStore());
    const nonce = await requestLink(handler);
    for (const [method, headers] of [['GET', {}], ['HEAD', {}], ['GET', { cookie: nonce }], ['HEAD', { cookie: nonce }]] as const) {
      for (let index = 0; index < 5; index += 1) {
        const scanned = await open(handler, lastLink(), headers, method);
        expect(scanned.status).toBe(200);
        // At most the browser binding, for a GET without one (the form token is bound to it); never a session.
        const binding = method === 'GET' && !('cookie' in headers) ? [expect.stringMatching(/^__Host-auth-link=[\w-]{43}\.[\w-]{43}; /)] : [];
        expect(scanned.headers.getSetCookie()).toEqual(binding);
      }
    }
    expect(api.sessions(verified.email)).toHaveLength(0);
    // The customer's own click still works, once.
    const signedIn = await press(handler, lastLink(), { cookie: nonce });
    expect(signedIn.status).toBe(303);
    expect(sessionCookieOf(signedIn)).toMatch(/^__Host-auth-id=[A-Za-z0-9]{32}/);
    expect(api.sessions(verified.email)).toHaveLength(1);
    const again = await press(handler, lastLink());
    expect(new URL(again.headers.get('location') ?? '').searchParams.get('error')).toBe('used');
    expect(sessionCookieOf(again)).toBeUndefined();
  });

  it('refuses a cross-site POST of the link (403) and keeps the link for the real click', async () => {
    const handler = makeHandler(makeStore());
    await requestLink(handler);
    const forgeries: Record<string, string>[] = [
      { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of forgeries) {
      const forged = await handler(new Request(lastLink(), { method: 'POST', headers, body: '' }));
      expect(forged.status).toBe(403);
    }
    expect(api.sessions(verified.email)).toHaveLength(0);
    expect((await press(handler, lastLink())).status).toBe(303);
    expect(api.sessions(verified.email)).toHaveLength(1);
  });

  it('says plainly when a link was requested in another browser (a planted link), and signs in only on the click', async () => {
    const handler = makeHandler(makeStore());
    // The attacker asks for a link to their own address, then sends the victim's browser to it.
    const attackersNonce = await requestLink(handler);
    const planted = await open(handler, lastLink());
    const page = await planted.text();
    expect(page).toContain('requested on another device or in another browser');
    expect(page).toContain('<strong>j•••@example.com</strong>');
    expect(planted.headers.getSetCookie()).toEqual([expect.stringMatching(/^__Host-auth-link=/)]);
    expect(api.sessions(verified.email)).toHaveLength(0);
    // The browser that asked sees the plain question instead.
    const own = await (await open(handler, lastLink(), { cookie: attackersNonce })).text();
    expect(own).toContain('Sign in as <strong>j•••@example.com</strong>?');
    expect(own).not.toContain('another device');
    // A wrong nonce is another browser too.
    const wrong = await (await open(handler, lastLink(), { cookie: `__Host-auth-link=${'x'.repeat(43)}.${'y'.repeat(43)}` })).text();
    expect(wrong).toContain('another device');
  });
});

describe('the confirmation page', () => {
  it('is served with no script, no framing, no cache and no referrer', async () => {
    const handler = makeHandler();
    await requestLink(handler);
    for (const method of ['GET', 'HEAD']) {
      const page = await open(handler, lastLink(), {}, method);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      if (method === 'HEAD') expect(await page.text()).toBe('');
    }
  });

  it('never holds the token or the whole address, and posts to its own URL', async () => {
    const handler = makeHandler();
    await requestLink(handler, { email: 'Jana.Novakova+shop@example.com' });
    const token = new URL(lastLink()).searchParams.get('token') ?? '';
    const html = await (await open(handler, lastLink())).text();
    expect(token).toHaveLength(43);
    expect(html).not.toContain(token);
    expect(html.toLowerCase()).not.toContain('novakova');
    expect(html).toContain('J•••@example.com');
    expect(html).toMatch(/<form method="post"><input type="hidden" name="confirm" value="[\w-]{43}"><button type="submit" autofocus>Sign in<\/button><\/form>/);
    expect(html).not.toMatch(/<script|action=/i);
  });

  it.each([
    ['cs', 'Přihlásit se jako', 'Přihlásit se'],
    ['sk', 'Prihlásiť sa ako', 'Prihlásiť sa'],
    ['de', 'anmelden?', 'Anmelden'],
    ['pl', 'Zalogować się jako', 'Zaloguj się'],
    ['en-GB', 'Sign in as', 'Sign in'],
    ['fr', 'Sign in as', 'Sign in'],
  ])('speaks the language of the link (%s)', async (locale, question, button) => {
    const handler = makeHandler();
    await requestLink(handler, { email: verified.email, locale });
    const html = await (await open(handler, lastLink())).text();
    expect(html).toContain(`<html lang="${['cs', 'sk', 'de', 'pl'].includes(locale) ? locale : 'en'}">`);
    expect(html).toContain(question);
    expect(html).toContain(`>${button}</button>`);
  });

  it('binds the link with an HttpOnly __Host- cookie at Path=/, which a resend carries and keeps', async () => {
    const handler = makeHandler();
    const response = await handler(browserRequest('/magic-link', { body: { email: verified.email } }));
    expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-auth-link=[\w-]{43}\.[\w-]{43}; /);
    expect(Object.fromEntries(cookieAttributes(response))).toEqual({
      'max-age': '900',
      path: '/',
      httponly: '',
      secure: '',
      samesite: 'Lax',
    });
    const nonce = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    // A resend in the same browser keeps the same binding, so the first link still says "this browser".
    const resend = await handler(browserRequest('/magic-link', { body: { email: verified.email }, headers: { cookie: nonce } }));
    expect(resend.headers.getSetCookie()[0]?.split(';')[0]).toBe(nonce);
    const signedIn = await press(handler, lastLink(), { cookie: nonce });
    // Kept after the sign-in (it lapses with the links): the customer's other links still say "this browser".
    expect(signedIn.headers.getSetCookie()).toEqual([expect.stringMatching(/^__Host-auth-id=/)]);
  });
});

describe('the memory store', () => {
  it('refuses new links with a neutral 503 when full, never evicts a live link, and warns once in development', async () => {
    // Development warns once per process: a store module of its own, so that another file of this
    // worker (the unit project shares one module graph per worker) that filled a store does not spend it.
    vi.resetModules();
    const { createMemoryStore: freshMemoryStore } = await import('../../src/server/index.js');
    const console_ = forbidConsole();
    try {
      const handler = makeHandler(freshMemoryStore({ maxEntries: 50 }), { magicLink: { sendMagicLink: (message) => void sent.push(message), limits: { perIp: 10_000, perEmail: 10_000, global: 10_000 } } });
      await requestLink(handler, { email: 'first@example.com' });
      const first = lastLink();
      const statuses: number[] = [];
      for (let index = 0; index < 60; index += 1) {
        statuses.push((await handler(browserRequest('/magic-link', { body: { email: `filler${index}@example.com` } }))).status);
      }
      expect(statuses).toContain(503);
      expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
      const refused = await handler(browserRequest('/magic-link', { body: { email: 'late@example.com' } }));
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({ success: false, reason: 'store-full' });
      // The first link was never evicted to make room.
      expect((await open(handler, first)).status).toBe(200);
      const warnings = console_.calls();
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]?.[0])).toMatch(/memory store holds 50 links/);
    } finally {
      console_.restore();
    }
  });

  it('keeps a stored returnTo to 512 bytes (a longer one leads home)', async () => {
    const handler = makeHandler();
    await requestLink(handler, { email: verified.email, returnTo: `/account?${'x'.repeat(600)}` });
    const signedIn = await press(handler, lastLink());
    expect(signedIn.headers.get('location')).toBe(`${shopOrigin}/`);
    await requestLink(handler, { email: verified.email, returnTo: `/account?${'x'.repeat(400)}` });
    expect((await press(handler, lastLink())).headers.get('location')).toBe(`${shopOrigin}/account?${'x'.repeat(400)}`);
  });

  it('stays flat over 20,000 link requests for distinct addresses once full', { timeout: 120_000 }, async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const handler = makeHandler(undefined, { magicLink: { sendMagicLink: () => undefined, limits: { perIp: 1_000_000, perEmail: 1_000_000, global: 1_000_000 } } });
    const console_ = forbidConsole();
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    try {
      const ask = (index: number) => handler(browserRequest('/magic-link', { body: { email: `visitor${index}@example.com` } }));
      // In flights of 250, as a burst arrives.
      const askRange = async (from: number, to: number) => {
        for (let start = from; start < to; start += 250) {
          await Promise.all(Array.from({ length: Math.min(250, to - start) }, (_, offset) => ask(start + offset)));
        }
      };
      // Full at its default 10,000 entries.
      await askRange(0, 10_500);
      const before = heap();
      await askRange(10_500, 30_500);
      const grown = heap() - before;
      // The last 20,000 requests answered 503 and added nothing: under 4 MB is under 200 bytes each.
      expect(grown).toBeLessThan(4 * 1024 * 1024);
      expect((await ask(30_501)).status).toBe(503);
    } finally {
      console_.restore();
    }
  });
});
