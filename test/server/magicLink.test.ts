// @vitest-environment node
import { parseResponse } from '../../src/client/parseResponse.js';
import {
  createBizKitHubHandler,
  createMemoryStore,
  isBizKitHubError,
  type BizKitHubHandlerOptions,
  type MagicLinkMessage,
  type MagicLinkOptions,
  type MagicLinkStore,
} from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { hostileReturnTo } from '../support/hostileReturnTo.js';
import { banned, browserRequest, contact, cookieAttributes, cookiePair, everything, forbidConsole, shopOrigin, startUpstream, unverified, verified } from './support.js';

const api = startUpstream();
const minute = 60_000;

let sent: MagicLinkMessage[] = [];
let console_: ReturnType<typeof forbidConsole>;
beforeEach(() => {
  sent = [];
  console_ = forbidConsole();
});
afterEach(() => {
  vi.useRealTimers();
  const calls = console_.calls();
  console_.restore();
  expect(calls).toEqual([]);
});

function makeHandler(magicLink: Partial<MagicLinkOptions> = {}, options: Partial<BizKitHubHandlerOptions> = {}) {
  return createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    // The proxy in front of these tests: the address it appended, or one fixed client.
    getClientIp: (request) => request.headers.get('x-forwarded-for')?.split(',').pop()?.trim() ?? '192.0.2.1',
    ...options,
    magicLink: {
      sendMagicLink: (message) => {
        sent.push(message);
        // The emulator's mailbox, as an integrator's test or story would follow the mail.
        api.deliver({ to: message.email, kind: 'magic-link', link: message.url, expiresAt: message.expiresAt.getTime() });
      },
      ...magicLink,
    },
  });
}

// A fresh handler (and memory store) per test, so that the limits of one test do not hold up the next.
let handler: ReturnType<typeof makeHandler>;
beforeEach(() => {
  handler = makeHandler();
});

function requestLink(h: typeof handler, body: Record<string, unknown>, init: Parameters<typeof browserRequest>[1] = {}) {
  return h(browserRequest('/magic-link', { ...init, body }));
}

/**
 * Opens the link as a browser would (a top-level GET, no Origin header) and, when the confirmation
 * page answers, presses its button: a form POST to the same URL, sent as a browser sends it from a
 * `no-referrer` page (`Origin: null`, `Sec-Fetch-Site: same-origin`).
 */
async function follow(h: typeof handler, url: string, headers: Record<string, string> = {}) {
  const opened = await h(new Request(url, { headers }));
  if (opened.status !== 200) return opened;
  return h(
    new Request(url, {
      method: 'POST',
      headers: { ...headers, origin: 'null', 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    }),
  );
}

function lastLink(): string {
  const url = sent.at(-1)?.url;
  if (url === undefined) throw new Error('no magic link was sent');
  return url;
}

function errorOf(response: Response): string | null {
  return new URL(response.headers.get('location') ?? '').searchParams.get('error');
}

describe('creation', () => {
  const send = () => undefined;
  it('requires origin with magicLink, and checks every option', () => {
    expect(() => createBizKitHubHandler({ apiKey: devKey, magicLink: { sendMagicLink: send } })).toThrow(/magicLink requires origin/);
    expect(() => createBizKitHubHandler({ apiKey: devKey, origin: 'shop.example', magicLink: { sendMagicLink: send } })).toThrow(/origin must be/);
    const make = (magicLink: Partial<MagicLinkOptions>) => () =>
      createBizKitHubHandler({ apiKey: devKey, origin: shopOrigin, magicLink: { sendMagicLink: send, ...magicLink } });
    expect(make({ sendMagicLink: undefined as unknown as MagicLinkOptions['sendMagicLink'] })).toThrow(/sendMagicLink/);
    expect(make({ errorPath: '//evil.test' })).toThrow(/errorPath/);
    expect(make({ errorPath: 'https://evil.test/' })).toThrow(/errorPath/);
    expect(make({ errorPath: '/\\evil.test' })).toThrow(/errorPath/);
    expect(make({ expiresIn: 0 })).toThrow(/expiresIn/);
    expect(make({ expiresIn: 2 * 24 * 60 * minute })).toThrow(/at most one day/);
    expect(make({ limits: { perEmail: 0 } })).toThrow(/perEmail/);
    expect(make({ limits: { perIp: 1.5 } })).toThrow(/perIp/);
    expect(make({ allowedReturnOrigins: ['javascript:alert(1)'] })).toThrow(/allowedReturnOrigins\[0\]/);
  });

  it('answers the magic routes with 404 without magicLink', async () => {
    const plain = createBizKitHubHandler({ apiKey: devKey });
    expect((await requestLink(plain, { email: verified.email })).status).toBe(404);
    expect((await follow(plain, `${shopOrigin}/api/auth/magic-link/verify?token=${'a'.repeat(43)}`)).status).toBe(404);
  });
});

describe('requesting a link', () => {
  it('mails a single-use link on origin and answers { success: true } without calling BizKitHub', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00Z') });
    const response = await requestLink(handler, { email: ` ${verified.email} `, locale: 'en-gb' });
    expect(response.status).toBe(200);
    expect(await response.clone().json()).toEqual({ success: true });
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message?.email).toBe(verified.email);
    expect(message?.locale).toBe('en-GB');
    expect(message?.expiresAt.toISOString()).toBe('2026-11-22T10:15:00.000Z');
    const url = new URL(message?.url ?? '');
    expect(url.origin + url.pathname).toBe(`${shopOrigin}/api/auth/magic-link/verify`);
    const token = url.searchParams.get('token') ?? '';
    // 32 random bytes in base64url: 256 bits.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await everything(response)).not.toContain(token);
    expect(api.requests).toHaveLength(0);
    expect(api.lastEmail(verified.email)?.kind).toBe('magic-link');
  });

  it('gives every link its own token', async () => {
    await requestLink(handler, { email: verified.email });
    await requestLink(handler, { email: verified.email });
    expect(new Set(sent.map((message) => message.url)).size).toBe(2);
  });

  it('answers an address without an account exactly like one with', async () => {
    const known = await requestLink(handler, { email: verified.email });
    const unknown = await requestLink(handler, { email: 'nobody@example.com' });
    expect(unknown.status).toBe(known.status);
    // The same headers, but for the random nonce of the browser-binding cookie.
    const shape = (response: Response) => [...response.headers].map(([name, value]) => [name, value.replace(/auth-link=[\w-]+/, 'auth-link=…')]);
    expect(shape(unknown)).toEqual(shape(known));
    expect(await unknown.text()).toBe(await known.text());
  });

  it('stores the token only as a SHA-256 hash', async () => {
    const memory = createMemoryStore();
    const written: string[] = [];
    const spy: MagicLinkStore = {
      ...memory,
      set: async (key, value, ttl) => {
        written.push(key, value);
        return memory.set(key, value, ttl);
      },
    };
    await requestLink(makeHandler({ store: spy }), { email: verified.email });
    const token = new URL(lastLink()).searchParams.get('token') ?? '';
    const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('');
    expect(written.join('\n')).not.toContain(token);
    expect(written).toContain(`magic-link:token:${hash}`);
  });

  it('refuses a bad e-mail with 400 and the field, sending nothing', async () => {
    const response = await requestLink(handler, { email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ success: false, errorCode: 'INVALID_REQUEST', fields: { email: 'validation.email.invalid' } });
    expect(sent).toHaveLength(0);
  });

  it('keeps the guards: a foreign Origin gets 403, a form post 415, and no mail goes out', async () => {
    expect((await requestLink(handler, { email: verified.email }, { origin: 'https://evil.test' })).status).toBe(403);
    const form = await handler(browserRequest('/magic-link', { rawBody: `email=${verified.email}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect(form.status).toBe(415);
    expect((await handler(browserRequest('/magic-link/verify', { body: {}, origin: 'https://evil.test' }))).status).toBe(403);
    expect((await handler(browserRequest('/magic-link/verify', { method: 'PUT', body: {} }))).status).toBe(405);
    expect(sent).toHaveLength(0);
  });

  it('answers 502 when the mail cannot be sent, and that link never works', async () => {
    let leaked = '';
    const failing = makeHandler({
      sendMagicLink: ({ url }) => {
        leaked = url;
        throw new Error(`SMTP refused ${url}`);
      },
    });
    const response = await requestLink(failing, { email: verified.email });
    expect(response.status).toBe(502);
    expect(await everything(response)).not.toContain(new URL(leaked).searchParams.get('token') ?? '');
    expect(errorOf(await follow(failing, leaked))).toBe('invalid');
  });

  it('answers 503 when the store is down, and a verify then lands on the error page', async () => {
    const broken: MagicLinkStore = {
      set: () => Promise.reject(new Error('ECONNREFUSED')),
      get: () => Promise.reject(new Error('ECONNREFUSED')),
      take: () => Promise.reject(new Error('ECONNREFUSED')),
      increment: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const down = makeHandler({ store: broken });
    expect((await requestLink(down, { email: verified.email })).status).toBe(503);
    const verify = await follow(down, `${shopOrigin}/api/auth/magic-link/verify?token=${'a'.repeat(43)}`);
    expect(verify.status).toBe(303);
    expect(errorOf(verify)).toBe('unavailable');
  });
});

describe('following the link', () => {
  it('signs in with the session cookie and redirects to returnTo, without the token', async () => {
    await requestLink(handler, { email: verified.email, firstName: 'Jana', lastName: 'Nováková', returnTo: '/account?tab=orders#top' });
    const link = api.lastEmail(verified.email)?.link ?? '';
    expect(link).toBe(lastLink());
    const response = await follow(handler, link, { 'x-forwarded-for': '203.0.113.50' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${shopOrigin}/account?tab=orders#top`);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(cookiePair(response)).toMatch(/^__Host-auth-id=[A-Za-z0-9]{32}$/);
    expect(Object.fromEntries(cookieAttributes(response))).toEqual({ 'max-age': '7776000', path: '/', httponly: '', secure: '', samesite: 'Lax' });
    expect(response.headers.get('location')).not.toContain(new URL(link).searchParams.get('token') ?? '');

    const magicAuth = api.requests.find((request) => request.endpoint === 'magic-auth');
    expect(magicAuth?.apiKey).toBe(devKey);
    expect(magicAuth?.body).toEqual({ email: verified.email, firstName: 'Jana', lastName: 'Nováková', customerRealIp: '203.0.113.50' });

    const session = await handler(browserRequest('/session', { headers: { cookie: cookiePair(response) } }));
    expect(await session.json()).toMatchObject({ loggedIn: true, account: { email: verified.email } });
  });

  it('works once: a second click says "used" and sets no cookie', async () => {
    await requestLink(handler, { email: verified.email });
    expect(cookiePair(await follow(handler, lastLink()))).toMatch(/^__Host-auth-id=/);
    const again = await follow(handler, lastLink());
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`${shopOrigin}/?error=used`);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(again.headers.get('referrer-policy')).toBe('no-referrer');
    expect(api.sessions(verified.email)).toHaveLength(1);
  });

  it('works until expiresIn, then says "expired", and later "invalid"', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:00:00Z') });
    const short = makeHandler({ expiresIn: 5 * minute });
    await requestLink(short, { email: verified.email });
    const first = lastLink();
    await requestLink(short, { email: verified.email });
    const second = lastLink();
    vi.setSystemTime(new Date('2026-11-22T10:04:59Z'));
    expect(cookiePair(await follow(short, first))).toMatch(/^__Host-auth-id=/);
    vi.setSystemTime(new Date('2026-11-22T10:05:00Z'));
    const expired = await follow(short, second);
    expect(errorOf(expired)).toBe('expired');
    expect(expired.headers.get('set-cookie')).toBeNull();
    await requestLink(short, { email: verified.email });
    const third = lastLink();
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    expect(errorOf(await follow(short, third))).toBe('invalid');
  });

  it.each([
    ['a made-up token', `?token=${'A'.repeat(43)}`],
    ['a short token', '?token=abc'],
    ['a long token', `?token=${'A'.repeat(44)}`],
    ['no token', ''],
    ['a token with other characters', `?token=${'A'.repeat(42)}%2F`],
  ])('answers %s with "invalid"', async (_name, query) => {
    const response = await follow(handler, `${shopOrigin}/api/auth/magic-link/verify${query}`);
    expect(response.status).toBe(303);
    expect(errorOf(response)).toBe('invalid');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(api.requests).toHaveLength(0);
  });

  it('redirects to errorPath, keeping its own query', async () => {
    const custom = makeHandler({ errorPath: '/sign-in?via=link' });
    const response = await follow(custom, `${shopOrigin}/api/auth/magic-link/verify?token=${'A'.repeat(43)}`);
    expect(response.headers.get('location')).toBe(`${shopOrigin}/sign-in?via=link&error=invalid`);
  });

  it.each([
    ['E002', 'nobody@example.com'],
    ['E005', banned.email],
    ['E007', unverified.email],
  ])('redirects BizKitHub\'s %s to the error page', async (code, email) => {
    await requestLink(handler, { email });
    const response = await follow(handler, lastLink());
    expect(errorOf(response)).toBe(code);
    expect(response.headers.get('set-cookie')).toBeNull();
    // The link is spent: the answer will not change by clicking again.
    expect(errorOf(await follow(handler, lastLink()))).toBe('used');
  });

  it.each(['E003', 'E004'])('redirects a forced %s to the error page', async (code) => {
    await requestLink(handler, { email: contact.email });
    api.forceNext('magic-auth', { code });
    expect(errorOf(await follow(handler, lastLink()))).toBe(code);
  });

  it.each([
    ['E001', { code: 'E001' }],
    ['E006', { code: 'E006' }],
    ['rate-limit', { rateLimit: { retryAfterSeconds: 30 } }],
    ['unavailable', { networkError: true }],
    ['unavailable', { nonJson: 502 }],
    ['unavailable', { platformCode: 'PUBLIC_API_KEY_IS_NOT_ACTIVE' }],
  ] as const)('redirects a passing failure to "%s" and lets the same link work afterwards', async (reason, outcome) => {
    await requestLink(handler, { email: verified.email });
    api.forceNext('magic-auth', outcome);
    const failed = await follow(handler, lastLink());
    expect(errorOf(failed)).toBe(reason);
    expect(failed.headers.get('set-cookie')).toBeNull();
    expect(cookiePair(await follow(handler, lastLink()))).toMatch(/^__Host-auth-id=/);
  });

  it('redirects a timeout to "unavailable"', async () => {
    const impatient = makeHandler({}, { timeoutMs: 50 });
    await requestLink(impatient, { email: verified.email });
    api.forceNext('magic-auth', { delayMs: 2_000 });
    expect(errorOf(await follow(impatient, lastLink()))).toBe('unavailable');
  });

  it('a success without a well-formed identityId sets no cookie', async () => {
    await requestLink(handler, { email: verified.email });
    api.forceNext('magic-auth', { successWithoutIdentity: true });
    const response = await follow(handler, lastLink());
    expect(errorOf(response)).toBe('unavailable');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('with hideAccountExistence, E002 and E003 read as E004', async () => {
    const hiding = makeHandler({}, { hideAccountExistence: true });
    await requestLink(hiding, { email: 'nobody@example.com' });
    expect(errorOf(await follow(hiding, lastLink()))).toBe('E004');
    await requestLink(hiding, { email: contact.email });
    api.forceNext('magic-auth', { code: 'E003' });
    expect(errorOf(await follow(hiding, lastLink()))).toBe('E004');
  });
});

describe('attacks', () => {

  it.each(hostileReturnTo.map((value) => [JSON.stringify(value), value]))('returnTo %s lands on the shop', async (_name, returnTo) => {
    await requestLink(handler, { email: verified.email, returnTo });
    const location = new URL((await follow(handler, lastLink())).headers.get('location') ?? '');
    expect(location.origin).toBe(shopOrigin);
    expect(location.href).toBe(`${shopOrigin}/`);
  });

  it('a returnTo that is not text is refused before anything is mailed', async () => {
    const response = await requestLink(handler, { email: verified.email, returnTo: 42 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ success: false, errorCode: 'INVALID_REQUEST', fields: { returnTo: expect.any(String) } });
    expect(sent).toHaveLength(0);
  });

  it.each([
    ['/%2F%2Fevil.test', `${shopOrigin}/%2F%2Fevil.test`],
    ['/%5Cevil.test', `${shopOrigin}/%5Cevil.test`],
    ['/..//evil.test', `${shopOrigin}//evil.test`],
  ])('encoded returnTo %s stays a path on the shop', async (returnTo, expected) => {
    await requestLink(handler, { email: verified.email, returnTo });
    const location = (await follow(handler, lastLink())).headers.get('location') ?? '';
    expect(location).toBe(expected);
    expect(new URL(location).origin).toBe(shopOrigin);
  });

  it('keeps same-origin URLs and origins on allowedReturnOrigins', async () => {
    const blog = makeHandler({ allowedReturnOrigins: ['https://blog.shop.example'] });
    for (const [returnTo, expected] of [
      [`${shopOrigin}/orders`, `${shopOrigin}/orders`],
      ['https://blog.shop.example/post?id=1', 'https://blog.shop.example/post?id=1'],
      ['https://evil.test/', `${shopOrigin}/`],
    ]) {
      await requestLink(blog, { email: verified.email, returnTo });
      expect((await follow(blog, lastLink())).headers.get('location')).toBe(expected);
    }
  });

  it('builds the link on origin whatever Host or X-Forwarded-Host the request claims (reset-link poisoning)', async () => {
    const poisoned = browserRequest('/magic-link', {
      url: 'https://evil.test/api/auth/magic-link',
      body: { email: verified.email },
      headers: { host: 'evil.test', 'x-forwarded-host': 'evil.test', 'x-forwarded-proto': 'http' },
    });
    expect((await handler(poisoned)).status).toBe(200);
    expect(new URL(lastLink()).origin).toBe(shopOrigin);
    // Verified through a poisoned Host as well, the redirect still goes to the shop.
    const response = await follow(handler, lastLink().replace(shopOrigin, 'https://evil.test'), { host: 'evil.test' });
    expect(new URL(response.headers.get('location') ?? '').origin).toBe(shopOrigin);
  });

  it('20 concurrent clicks on one link make exactly one session', async () => {
    await requestLink(handler, { email: verified.email });
    const responses = await Promise.all(Array.from({ length: 20 }, () => follow(handler, lastLink())));
    expect(responses.filter((response) => response.headers.get('set-cookie') !== null)).toHaveLength(1);
    expect(api.sessions(verified.email)).toHaveLength(1);
  });
});

describe('throttling', () => {
  it('allows 5 links per e-mail in 15 minutes, then answers 429 with Retry-After the form can read', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:05:00Z') });
    for (let index = 0; index < 5; index += 1) {
      expect((await requestLink(handler, { email: verified.email }, { headers: { 'x-forwarded-for': `198.51.100.${index}` } })).status).toBe(200);
    }
    // Another spelling of the same address counts too.
    const refused = await requestLink(handler, { email: 'JANA@Example.com' }, { headers: { 'x-forwarded-for': '198.51.100.99' } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('600');
    const error: unknown = await parseResponse('magic-auth', refused.clone()).catch((caught: unknown) => caught);
    expect(isBizKitHubError(error) && [error.kind, error.retryAfterMs]).toEqual(['rate-limit', 600_000]);
    expect(sent).toHaveLength(5);
    // Other addresses are not held up, and the window ends.
    expect((await requestLink(handler, { email: 'other@example.com' })).status).toBe(200);
    vi.setSystemTime(new Date('2026-11-22T10:15:00Z'));
    expect((await requestLink(handler, { email: verified.email })).status).toBe(200);
  });

  it('allows 20 links per IP in 15 minutes, whatever the e-mail', async () => {
    // Inside one fixed window, whenever the test runs.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:05:00Z') });
    const fromOneIp = { headers: { 'x-forwarded-for': '203.0.113.9' } };
    const fresh = makeHandler();
    for (let index = 0; index < 20; index += 1) {
      expect((await requestLink(fresh, { email: `visitor${index}@example.com` }, fromOneIp)).status).toBe(200);
    }
    const refused = await requestLink(fresh, { email: 'visitor20@example.com' }, fromOneIp);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ success: false, reason: 'rate-limit-client' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await requestLink(fresh, { email: 'visitor20@example.com' }, { headers: { 'x-forwarded-for': '203.0.113.10' } })).status).toBe(200);
    expect(sent).toHaveLength(21);
  });

  it('takes its limits from the limits option', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-22T10:05:00Z') });
    const strict = makeHandler({ limits: { perEmail: 2, perIp: 100, windowMs: minute } });
    expect((await requestLink(strict, { email: verified.email })).status).toBe(200);
    expect((await requestLink(strict, { email: verified.email })).status).toBe(200);
    const refused = await requestLink(strict, { email: verified.email });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });
});
