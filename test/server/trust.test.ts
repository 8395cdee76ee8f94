// @vitest-environment node
// Issue 16: each attack on the server half that once got through, tried again through the public
// handler. A test fails if its attack gets through.
import fc from 'fast-check';
import { createBizKitHubHandler, readSession, type BizKitHubHandlerOptions, type MagicLinkMessage, type MagicLinkStore } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { startRedis } from './redis.js';
import { banned, browserRequest, cookiePair, forbidConsole, shopOrigin, startUpstream, verified } from './support.js';

const customers = Array.from({ length: 50 }, (_, index) => ({
  email: `customer${index}@example.com`,
  password: `password ${index}`,
  firstName: `Customer${index}`,
}));
function customer(index: number) {
  const found = customers[index];
  if (!found) throw new Error(`no customer ${index}`);
  return found;
}
const api = startUpstream({ accounts: [verified, banned, ...customers] });
const redis = startRedis();

let sent: MagicLinkMessage[] = [];
beforeEach(() => {
  sent = [];
  // The limits count in fixed 15-minute windows: a test that ran across a window's end would see
  // its counts start again. Inside one window, at a fixed time (only Date is faked).
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T10:05:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const socket = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function linkHandler(options: Partial<BizKitHubHandlerOptions> = {}, limits: Record<string, number> = {}, store?: MagicLinkStore) {
  return createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    ...options,
    magicLink: { sendMagicLink: (message) => void sent.push(message), limits, ...(store ? { store } : {}) },
  });
}

const askForLink = (handler: ReturnType<typeof linkHandler>, email: string, headers: Record<string, string> = {}, env?: unknown) =>
  handler(browserRequest('/magic-link', { body: { email }, headers }), env);

// First in this file, so that the once-per-process warning has not been given yet.
it("warns once in development when it cannot tell the client's address, naming no address", async () => {
  const console_ = forbidConsole();
  try {
    const handler = linkHandler();
    for (let index = 0; index < 3; index += 1) await askForLink(handler, `nobody${index}@example.com`);
    const calls = console_.calls();
    expect(calls).toHaveLength(1);
    expect(String(calls[0]?.[0])).toMatch(/cannot tell the client's IP address/);
    expect(String(calls[0]?.[0])).not.toMatch(/@example\.com/);
  } finally {
    console_.restore();
  }
});

let base = 0;
const stores: [string, () => MagicLinkStore | undefined][] = [
  ['the memory store', () => undefined],
  ['Redis', () => redis.store(`trust-${(base += 1)}`)],
];

describe.each(stores)('magic-link throttling on %s', (_name, makeStore) => {
  it('counts rotated X-Forwarded-For values from one connection as that connection (1,000 tries, limit 20)', async () => {
    const handler = linkHandler({}, {}, makeStore());
    const statuses = [];
    for (let index = 0; index < 1000; index += 1) {
      const spoofed = `10.${index >> 8}.${index & 255}.1`;
      const response = await askForLink(handler, `victim${index}@example.com`, { 'x-forwarded-for': spoofed, 'x-real-ip': spoofed }, socket('203.0.113.5'));
      statuses.push(response.status);
    }
    expect(sent).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(980);
  });

  it('behind one trusted proxy, reads only the entry that proxy appended', async () => {
    const handler = linkHandler({ trustProxyHops: 1 }, {}, makeStore());
    for (let index = 0; index < 100; index += 1) {
      await askForLink(handler, `victim${index}@example.com`, { 'x-forwarded-for': `10.0.0.${index}, 203.0.113.5` }, socket('10.9.9.9'));
    }
    expect(sent).toHaveLength(20);
  });

  it('with no address known, skips the per-IP limit rather than sharing one bucket: the per-address and global limits hold', async () => {
    const handler = linkHandler({}, { global: 100 }, makeStore());
    for (let index = 0; index < 30; index += 1) await askForLink(handler, `victim${index}@example.com`);
    // One client's 30 requests do not make the next customer wait (a shared bucket held 20).
    expect(sent).toHaveLength(30);
    const statuses = [];
    for (let index = 0; index < 10; index += 1) statuses.push((await askForLink(handler, 'JANA@example.com')).status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    for (let index = 0; index < 80; index += 1) await askForLink(handler, `spread${index}@example.com`);
    expect(sent).toHaveLength(100);
  });

  it('counts an IPv6 /64 as one address (200 addresses of one /64)', async () => {
    const handler = linkHandler({}, {}, makeStore());
    for (let index = 0; index < 200; index += 1) {
      await askForLink(handler, `victim${index}@example.com`, {}, socket(`2001:db8:1:2::${index.toString(16)}`));
    }
    expect(sent).toHaveLength(20);
    // Another network is not held up.
    expect((await askForLink(handler, 'other@example.com', {}, socket('2001:db8:1:3::1'))).status).toBe(200);
  });

  it('counts +tag, case and Gmail dot variants of one mailbox as that mailbox (60 variants, limit 5)', async () => {
    const handler = linkHandler({}, { perIp: 1000 }, makeStore());
    for (let index = 0; index < 30; index += 1) {
      await askForLink(handler, `${index % 2 ? 'JANA' : 'jana'}+${index}@Example.com`, {}, socket(`198.51.100.${index}`));
      await askForLink(handler, `${'jana'.split('').join(index % 3 ? '.' : '')}+x${index}@GMail.com`, {}, socket(`198.51.100.${index}`));
    }
    expect(sent.filter((message) => message.email.toLowerCase().endsWith('@example.com'))).toHaveLength(5);
    expect(sent.filter((message) => message.email.toLowerCase().endsWith('@gmail.com'))).toHaveLength(5);
  });

  it('caps all links in a window across every address and IP (limits.global), answering 429 with Retry-After', async () => {
    const handler = linkHandler({}, { global: 200 }, makeStore());
    for (let index = 0; index < 200; index += 1) {
      const response = await askForLink(handler, `spread${index}@example.com`, {}, socket(`198.51.${index >> 8}.${index & 255}`));
      expect(response.status).toBe(200);
    }
    const refused = await askForLink(handler, 'one-more@example.com', {}, socket('192.0.2.200'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sent).toHaveLength(200);
  });
});

describe('customerRealIp sent upstream', () => {
  const login = { email: verified.email, password: verified.password };

  it('is the trusted address, never the body or an entry left of the trusted proxies', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey, trustProxyHops: 2 });
    await handler(browserRequest('/login', { body: { ...login, customerRealIp: '1.1.1.1' }, headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.2' } }));
    expect(api.requests.at(-1)?.body).toEqual({ ...login, customerRealIp: '198.51.100.7' });
  });

  it('is left out when fewer proxies appended than are trusted (the request went around them)', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey, trustProxyHops: 2 });
    await handler(browserRequest('/login', { body: { ...login, customerRealIp: '1.1.1.1' }, headers: { 'x-forwarded-for': '6.6.6.6' } }));
    expect(api.requests.at(-1)?.body).toEqual(login);
  });

  it('refuses trustProxyHops values that would believe a client (true, negative, fractions)', () => {
    for (const value of [true, -1, 1.5, '1', 11]) {
      expect(() => createBizKitHubHandler({ apiKey: devKey, trustProxyHops: value as number })).toThrow(/trustProxyHops/);
    }
  });
});

describe('fields the browser must not choose', () => {
  const register = { email: 'new@example.com', password: 'a long new password' };
  const sentUpstream = () => api.requests.at(-1)?.body as Record<string, unknown> | undefined;
  const registerWith = (handler: ReturnType<typeof createBizKitHubHandler>, body: Record<string, unknown>) =>
    handler(browserRequest('/register-account', { body: { ...register, ...body } }));

  it("replaces a returnUrl on another origin (which would carry the shop's confirmation token away) with the shop's own", async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey, origin: shopOrigin });
    for (const hostile of ['https://evil.example/steal', '//evil.example', 'https://shop.example.evil.example/', 'javascript:alert(1)', 'http://shop.example/']) {
      api.reset();
      expect((await registerWith(handler, { returnUrl: hostile })).status).toBe(200);
      expect(sentUpstream()?.returnUrl).toBe(`${shopOrigin}/`);
    }
    await registerWith(handler, { returnUrl: `${shopOrigin}/welcome?x=1` });
    expect(sentUpstream()?.returnUrl).toBe(`${shopOrigin}/welcome?x=1`);
    await registerWith(handler, { returnUrl: '/welcome' });
    expect(sentUpstream()?.returnUrl).toBe(`${shopOrigin}/welcome`);
  });

  it('keeps a returnUrl on allowedReturnOrigins, and uses register.returnUrl otherwise', async () => {
    const handler = createBizKitHubHandler({
      apiKey: devKey,
      origin: shopOrigin,
      allowedReturnOrigins: ['https://account.shop.example'],
      register: { returnUrl: `${shopOrigin}/confirmed` },
    });
    await registerWith(handler, { returnUrl: 'https://account.shop.example/done' });
    expect(sentUpstream()?.returnUrl).toBe('https://account.shop.example/done');
    await registerWith(handler, { returnUrl: 'https://evil.example/' });
    expect(sentUpstream()?.returnUrl).toBe(`${shopOrigin}/confirmed`);
    await registerWith(handler, {});
    expect(sentUpstream()?.returnUrl).toBe(`${shopOrigin}/confirmed`);
  });

  it('without origin, never forwards a browser returnUrl', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey });
    await registerWith(handler, { returnUrl: 'https://evil.example/' });
    expect(sentUpstream()).not.toHaveProperty('returnUrl');
  });

  it('drops groups and referralId unless register.fields names them; register.groups decides on the server', async () => {
    const browserChoice = { groups: ['wholesale', 'staff'], referralId: 'ABCDEFGHIJKLMNOP', newsletter: true };
    await registerWith(createBizKitHubHandler({ apiKey: devKey }), browserChoice);
    expect(sentUpstream()).not.toHaveProperty('groups');
    expect(sentUpstream()).not.toHaveProperty('referralId');
    // The customer's own consent stays theirs to give.
    expect(sentUpstream()?.newsletter).toBe(true);

    await registerWith(createBizKitHubHandler({ apiKey: devKey, register: { fields: ['referralId'] } }), browserChoice);
    expect(sentUpstream()).toMatchObject({ referralId: 'ABCDEFGHIJKLMNOP' });
    expect(sentUpstream()).not.toHaveProperty('groups');

    const decided = createBizKitHubHandler({ apiKey: devKey, register: { fields: ['groups'], groups: () => ['retail'] } });
    await registerWith(decided, browserChoice);
    expect(sentUpstream()?.groups).toEqual(['retail']);
  });

  it('caps reset-password expirationTime at resetPassword.maxExpiration and sends it when none is given', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey });
    const reset = (expirationTime?: string) =>
      handler(browserRequest('/reset-password', { body: { email: verified.email, ...(expirationTime ? { expirationTime } : {}) } }));
    await reset('99999d');
    expect(sentUpstream()?.expirationTime).toBe('1h');
    await reset();
    expect(sentUpstream()?.expirationTime).toBe('1h');
    await reset('30m');
    expect(sentUpstream()?.expirationTime).toBe('30m');
    await reset('1h 1s');
    expect(sentUpstream()?.expirationTime).toBe('1h');
    const longer = createBizKitHubHandler({ apiKey: devKey, resetPassword: { maxExpiration: '2h' } });
    await longer(browserRequest('/reset-password', { body: { email: verified.email, expirationTime: '3h' } }));
    expect(sentUpstream()?.expirationTime).toBe('2h');
    expect(() => createBizKitHubHandler({ apiKey: devKey, resetPassword: { maxExpiration: 'forever' } })).toThrow(/maxExpiration/);
  });
});

describe("one customer's session never reaches another", () => {
  it('1,000 interleaved sign-ins and session reads of 50 customers through one handler each see only their own account', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey });
    const cookies = new Map<number, string>();
    const operations = fc.sample(fc.tuple(fc.boolean(), fc.nat({ max: 49 })), { numRuns: 1000, seed: 20261203 });
    const wrong: string[] = [];
    // Batches of 25 in flight at once, so that answers of different customers overlap in time.
    for (let start = 0; start < operations.length; start += 25) {
      await Promise.all(
        operations.slice(start, start + 25).map(async ([signsIn, index]) => {
          const account = customer(index);
          if (signsIn) {
            const response = await handler(browserRequest('/login', { body: { email: account.email, password: account.password } }));
            cookies.set(index, cookiePair(response));
            return;
          }
          const cookie = cookies.get(index);
          const response = await handler(browserRequest('/session', cookie ? { headers: { cookie } } : {}));
          const session = (await response.json()) as { loggedIn: boolean; account?: { email: string } };
          if (cookie === undefined ? session.loggedIn : session.account?.email !== account.email) wrong.push(`${index}: ${JSON.stringify(session)}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
    expect(cookies.size).toBeGreaterThan(40);
    // And a visitor with no cookie is nobody, after all of that.
    expect(await (await handler(browserRequest('/session'))).json()).toEqual({ loggedIn: false });
    expect(await readSession(null, { apiKey: devKey })).toEqual({ status: 'signed-out' });
  });
});

describe('hideAccountExistence', () => {
  const hiding = createBizKitHubHandler({ apiKey: devKey, hideAccountExistence: true });
  const attempt = (email: string) => hiding(browserRequest('/login', { body: { email, password: 'wrong password' } }));
  const shape = async (response: Response) => ({
    status: response.status,
    headers: [...response.headers].filter(([name]) => name !== 'retry-after'),
    retryAfter: Number(response.headers.get('retry-after')) > 0,
    body: await response.text(),
  });

  it('locks an unknown address with the same E006 and Retry-After, after the same 5 failures, as an existing one', async () => {
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let index = 0; index < 7; index += 1) {
      known.push(await shape(await attempt(customer(0).email)));
      unknown.push(await shape(await attempt('nobody-x@example.com')));
    }
    expect(unknown).toEqual(known);
    expect(JSON.parse((known[4] as { body: string }).body)).toEqual({ success: false, errorCode: 'E004' });
    expect(JSON.parse((known[5] as { body: string }).body)).toEqual({ success: false, errorCode: 'E006' });
    expect((known[5] as { retryAfter: boolean }).retryAfter).toBe(true);
    // The lock keys on the mailbox: a +tag does not unlock it.
    expect(await (await attempt('NOBODY-x+1@example.com')).json()).toEqual({ success: false, errorCode: 'E006' });
  });

  it('answers a locked known and a locked unknown address in the same time: neither asks BizKitHub (100 tries each)', async () => {
    api.setLatency(20);
    try {
      for (let index = 0; index < 5; index += 1) {
        await attempt(customer(1).email);
        await attempt('ghost@example.com');
      }
      const before = api.requests.length;
      const times = { known: [] as number[], unknown: [] as number[] };
      for (let index = 0; index < 100; index += 1) {
        for (const [which, email] of [['known', customer(1).email], ['unknown', 'ghost@example.com']] as const) {
          const started = performance.now();
          const response = await attempt(email);
          times[which].push(performance.now() - started);
          expect(await response.json()).toEqual({ success: false, errorCode: 'E006' });
        }
      }
      expect(api.requests.length).toBe(before);
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
      // Both far below one upstream round trip (20 ms): the lock answers before BizKitHub is asked.
      expect(median(times.known)).toBeLessThan(20);
      expect(median(times.unknown)).toBeLessThan(20);
    } finally {
      api.setLatency(0);
    }
  });
});

describe('cookies', () => {
  const login = { email: verified.email, password: verified.password };

  it('names the session cookie __Host-auth-id on https, and keeps auth-id on plain-http localhost or with a domain', async () => {
    const name = async (options: Partial<BizKitHubHandlerOptions>) =>
      cookiePair(await createBizKitHubHandler({ apiKey: devKey, ...options })(browserRequest('/login', { body: login, origin: options.origin ?? shopOrigin }))).split('=')[0];
    expect(await name({})).toBe('__Host-auth-id');
    expect(await name({ origin: shopOrigin })).toBe('__Host-auth-id');
    expect(await name({ origin: 'http://localhost:3000' })).toBe('auth-id');
    expect(await name({ cookie: { domain: 'shop.example' } })).toBe('auth-id');
    expect(await name({ cookie: { secure: false } })).toBe('auth-id');
  });

  it('treats a session cookie sent twice (tossed in from a sibling subdomain) as signed out, and clears it', async () => {
    for (const options of [{}, { origin: 'http://localhost:3000' }] as const) {
      const handler = createBizKitHubHandler({ apiKey: devKey, ...options });
      const mine = cookiePair(await handler(browserRequest('/login', { body: login, origin: options.origin ?? shopOrigin })));
      const [name] = mine.split('=');
      const attackers = cookiePair(await handler(browserRequest('/login', { body: { email: customer(2).email, password: customer(2).password }, origin: options.origin ?? shopOrigin })));
      const response = await handler(browserRequest('/session', { headers: { cookie: `${attackers}; ${mine}` } }));
      expect(await response.json()).toEqual({ loggedIn: false });
      expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${name}=; Max-Age=0;`));
    }
  });
});

describe('origins and methods', () => {
  const signOut = (handler: ReturnType<typeof createBizKitHubHandler>, origin: string, url = `${shopOrigin}/api/auth/sign-out`) =>
    handler(browserRequest('', { url, body: {}, origin, headers: { host: 'shop.example' } }));

  it('refuses a plain-http page on the same host (scheme included), with and without origin configured', async () => {
    for (const handler of [createBizKitHubHandler({ apiKey: devKey }), createBizKitHubHandler({ apiKey: devKey, origin: shopOrigin })]) {
      expect((await signOut(handler, 'http://shop.example')).status).toBe(403);
      expect((await signOut(handler, 'https://shop.example:8443')).status).toBe(403);
      expect((await signOut(handler, shopOrigin)).status).toBe(200);
    }
    // Behind a TLS-terminating proxy request.url is http: the https page still passes, an http one does not.
    const behindTls = createBizKitHubHandler({ apiKey: devKey });
    expect((await signOut(behindTls, 'https://shop.example', 'http://shop.example/api/auth/sign-out')).status).toBe(200);
    expect((await signOut(behindTls, 'http://shop.example', 'http://shop.example/api/auth/sign-out')).status).toBe(403);
  });

  it("accepts Origin: null only as Sec-Fetch-Site vouches for it (a no-referrer page's own POST)", async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey, origin: shopOrigin });
    const nullOrigin = (headers: Record<string, string>) => handler(browserRequest('/sign-out', { body: {}, origin: 'null', headers }));
    expect((await nullOrigin({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await nullOrigin({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await nullOrigin({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await nullOrigin({})).status).toBe(403);
    // allowRequestsWithoutOrigin is for servers that send no Origin, not for an opaque one.
    const servers = createBizKitHubHandler({ apiKey: devKey, allowRequestsWithoutOrigin: true });
    expect((await servers(browserRequest('/sign-out', { body: {}, origin: 'null' }))).status).toBe(403);
  });

  it('answers 405 for methods named after Object.prototype members', async () => {
    const handler = createBizKitHubHandler({ apiKey: devKey });
    for (const method of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf']) {
      const response = await handler(new Request(`${shopOrigin}/api/auth/login`, { method }));
      expect(response.status).toBe(405);
      expect(await response.json()).toEqual({ success: false, reason: 'method-not-allowed' });
    }
  });
});
