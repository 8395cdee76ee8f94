// @vitest-environment node
// Issue 34: the limits and the store turned against the customers they protect. Each attack of the
// issue's first table that belongs to the limits and stores, tried through the public handler, on
// the memory store and on a real Redis where the store is involved. A test fails if it gets through.
import { domainToASCII } from 'node:url';
import type { BizKitHubHandler, BizKitHubHandlerOptions, MagicLinkMessage, MagicLinkStore } from '../../src/server/index.js';
import { parseResponse } from '../../src/client/parseResponse.js';
import { canonicalEmail } from '../../src/server/canonicalEmail.js';
import { defaultGlobalLinkLimit, defaultMagicLinkExpiresIn, expiredGraceMs } from '../../src/server/magicLink.js';
import { devKey } from '../support/keys.js';
import { captureConsole, freshServer, measured, socket, type Measured } from './abuseSupport.js';
import { startRedis } from './redis.js';
import { browserRequest, shopOrigin, startUpstream, verified } from './support.js';

const api = startUpstream();
const redis = startRedis();
const console_ = captureConsole();
const server = freshServer();

const minute = 60_000;
let sent: MagicLinkMessage[] = [];
let hour = 0;
beforeEach(() => {
  sent = [];
  // Each test in a fixed 15-minute window of its own hour (only Date is faked).
  hour += 1;
  vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 11, 3, 0, 1) + hour * 3_600_000 });
});
afterEach(() => vi.useRealTimers());

type Handler = BizKitHubHandler;

function shop(store: MagicLinkStore, options: Partial<BizKitHubHandlerOptions> = {}, limits: Record<string, number> = {}): Handler {
  return server().createBizKitHubHandler({
    apiKey: devKey,
    origin: shopOrigin,
    hideAccountExistence: true,
    store,
    ...options,
    magicLink: { sendMagicLink: (message) => void sent.push(message), limits },
  });
}

const login = (handler: Handler, email: string, password: string, ip: string) =>
  handler(browserRequest('/login', { body: { email, password } }), socket(ip));
const askLink = (handler: Handler, email: string, ip: string) => handler(browserRequest('/magic-link', { body: { email } }), socket(ip));
const upstreamLogins = () => api.requests.filter((request) => request.endpoint === 'login').length;

/** What a visitor can observe of an answer: status, body and whether it asks to wait. */
async function shape(response: Response) {
  return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') };
}

let base = 0;
const stores: [string, () => Measured][] = [
  ['the memory store', () => measured(server().createMemoryStore())],
  ['Redis', () => measured(redis.store(`abuse-${(base += 1)}`))],
];

describe('one canonical address', () => {
  it.each([
    ['Jana@Example.com', 'jana@example.com'],
    ['  jana@example.com ', 'jana@example.com'],
    ['jana@ｅｘａｍｐｌｅ.com', 'jana@example.com'],
    ['ｊａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'jana@example.com'],
    ['jana@example.com.', 'jana@example.com'],
    ['jana+shop@example.com', 'jana@example.com'],
    ['jan@BÜCHER.de', `jan@${domainToASCII('bücher.de')}`],
    ['jan@xn--bcher-kva.de', 'jan@xn--bcher-kva.de'],
    ['J.a.n.a+x@googlemail.com', 'jana@gmail.com'],
    ['jana@GMAIL.COM.', 'jana@gmail.com'],
    ['j.ana@example.com', 'j.ana@example.com'],
  ])('%s counts as %s', (typed, mailbox) => {
    expect(canonicalEmail(typed)).toBe(mailbox);
  });

  it('agrees with node:url domainToASCII, the IDN rule BizKitHub documents, on every domain above', () => {
    for (const domain of ['ＥＸＡＭＰＬＥ.com', 'bücher.de', 'xn--bcher-kva.de', 'straße.de', 'ПРИМЕР.рф']) {
      expect(canonicalEmail(`a@${domain}`)).toBe(`a@${domainToASCII(domain.normalize('NFKC').toLowerCase())}`);
    }
  });
});

describe.each(stores)('sign-in with hideAccountExistence on %s', (_name, makeStore) => {
  // Attack: 5 wrong passwords, then guesses through case, space and fullwidth spellings.
  const variants = (local: string) => [
    `${local.toUpperCase()}@EXAMPLE.COM`,
    `  ${local}@example.com `,
    `${local}@ｅｘａｍｐｌｅ.com`,
    `${local}@example.com.`,
    `${local}+again@Example.com`,
    `${[...local].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join('')}@example.com`,
  ];

  it('answers known and unknown addresses alike in every spelling, and 6 guesses through variants never reach BizKitHub', async () => {
    const handler = shop(makeStore().store);
    const shapes: Record<string, unknown[]> = {};
    for (const local of ['jana', 'nobody']) {
      const before = upstreamLogins();
      const answers = [];
      for (let index = 0; index < 5; index += 1) answers.push(await shape(await login(handler, `${local}@example.com`, 'wrong', '198.51.100.1')));
      for (const spelling of variants(local)) answers.push(await shape(await login(handler, spelling, 'wrong', '198.51.100.1')));
      shapes[local] = answers;
      expect(upstreamLogins() - before).toBe(5);
    }
    expect(shapes.jana).toEqual(shapes.nobody);
    expect(shapes.jana?.slice(5)).toEqual(Array(6).fill({ status: 200, body: '{"success":false,"errorCode":"E006"}', retryAfter: expect.stringMatching(/^\d+$/) }));
    expect(shapes.jana?.[0]).toEqual({ status: 200, body: '{"success":false,"errorCode":"E004"}', retryAfter: null });
    // The customer's right password still waits out the lock, as BizKitHub's own would make it.
    expect((await login(handler, verified.email, String(verified.password), '198.51.100.2')).headers.get('set-cookie')).toBeNull();
  });

  it('limits sign-in per client before anything is written for the address (one IP, 100 addresses)', async () => {
    const { store, size } = makeStore();
    const handler = shop(store);
    const before = upstreamLogins();
    const answers = [];
    for (let index = 0; index < 100; index += 1) answers.push(await login(handler, `guess${index}@example.com`, 'wrong', '2001:db8:7:7::1'));
    expect(upstreamLogins() - before).toBe(30);
    const refused = answers.slice(30);
    expect(refused.map((response) => response.status)).toEqual(Array(70).fill(429));
    expect(await refused[0]?.clone().json()).toEqual({ success: false, reason: 'rate-limit-client' });
    // The browser client reads it as a rate limit with its wait, as it reads BizKitHub's own 429.
    const read = await parseResponse('login', refused[0] as Response).catch((error: unknown) => error);
    expect(read).toMatchObject({ kind: 'rate-limit', retryAfterMs: expect.any(Number) });
    expect(Number(refused[0]?.headers.get('retry-after'))).toBeGreaterThan(0);
    // 30 addresses' lock counters and the client's own: the other 70 wrote nothing.
    expect(await size()).toBe(31);
    // Another /64 of the same network is another client; the same /64 is the same one.
    expect((await login(handler, 'guess0@example.com', 'wrong', '2001:db8:7:7::2')).status).toBe(429);
    expect((await login(handler, verified.email, String(verified.password), '2001:db8:7:8::1')).headers.get('set-cookie')).toMatch(/^__Host-auth-id=/);
  });

  it('with no client address, steps the per-IP limit aside instead of making everyone share one bucket', async () => {
    const handler = server().createBizKitHubHandler({ apiKey: devKey, store: makeStore().store });
    for (let index = 0; index < 40; index += 1) await handler(browserRequest('/login', { body: { email: `guess${index}@example.com`, password: 'wrong' } }));
    const customer = await handler(browserRequest('/login', { body: { email: verified.email, password: String(verified.password) } }));
    expect(customer.headers.get('set-cookie')).toMatch(/^__Host-auth-id=/);
  });
});

describe('a flood of failed sign-ins from one IP on the default memory store', () => {
  it('2,000 failed sign-ins write 31 entries; then a customer gets a link and a wrong password is E004, not 500', async () => {
    const { store, size } = measured(server().createMemoryStore());
    const handler = shop(store);
    const statuses = new Map<number, number>();
    for (let index = 0; index < 2_000; index += 1) {
      const { status } = await login(handler, `filler${index}@example.com`, 'wrong', '203.0.113.66');
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 30, 429: 1_970 });
    expect(await size()).toBe(31);
    expect((await askLink(handler, verified.email, '192.0.2.1')).status).toBe(200);
    expect(await (await login(handler, verified.email, 'wrong', '192.0.2.1')).json()).toEqual({ success: false, errorCode: 'E004' });
  });
});

describe('a flood of failed sign-ins from rotating IPv6 /64s on the memory store', () => {
  it('never crowds out a link: the oldest counters go, with one development warning, and no answer is a 500', async () => {
    const store = measured(server().createMemoryStore({ maxEntries: 20, maxCounters: 100 }));
    const handler = shop(store.store);
    await askLink(handler, verified.email, '192.0.2.1');
    const statuses = new Set<number>();
    for (let network = 0; network < 20; network += 1) {
      for (let index = 0; index < 31; index += 1) {
        statuses.add((await login(handler, `n${network}x${index}@example.com`, 'wrong', `2001:db8:${network.toString(16)}::${index}`)).status);
      }
    }
    expect([...statuses].sort()).toEqual([200, 429]);
    expect(await store.size('sign-in:')).toBeLessThanOrEqual(100);
    const warnings = console_.take();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/holds 100 counters \(maxCounters\), so those counted longest ago are dropped/);
    // After the flood: a customer still gets a link, the first link still opens, a wrong password is E004.
    expect((await askLink(handler, 'late@example.com', '192.0.2.2')).status).toBe(200);
    expect((await handler(new Request(sent[0]?.url ?? ''))).status).toBe(200);
    expect(await (await login(handler, verified.email, 'wrong', '192.0.2.3')).json()).toEqual({ success: false, errorCode: 'E004' });
    expect((await login(handler, verified.email, String(verified.password), '192.0.2.3')).headers.get('set-cookie')).toMatch(/^__Host-auth-id=/);
  });
});

describe.each(stores)('magic-link floods on %s', (name, makeStore) => {
  it('link requests from 400 rotating /64s never make the store answer 503: counters cannot take a token\'s room', async () => {
    const memory = name === 'the memory store';
    const { store, size } = memory ? measured(server().createMemoryStore({ maxEntries: 60, maxCounters: 60 })) : makeStore();
    const handler = shop(store, {}, { global: 50 });
    expect((await askLink(handler, verified.email, '192.0.2.1')).status).toBe(200);
    const statuses: number[] = [];
    for (let index = 0; index < 400; index += 1) statuses.push((await askLink(handler, `flood${index}@example.com`, `2001:db8:${index.toString(16)}::1`)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    expect(await size('magic-link:token:')).toBe(50);
    if (memory) expect(await size()).toBeLessThanOrEqual(120);
    expect((await handler(new Request(sent[0]?.url ?? ''))).status).toBe(200);
    // The counters' warning is given once per process (the sign-in flood above may have given it).
    expect(console_.take().filter((line) => !/counters \(maxCounters\)/.test(line))).toEqual([]);
  });

  it('the global cap is no shop-wide lever: after 10 IPs spent every allowance, a customer from a fresh IP gets a link', async () => {
    const handler = shop(makeStore().store);
    for (let client = 0; client < 10; client += 1) {
      for (let index = 0; index < 40; index += 1) await askLink(handler, `c${client}m${index % 8}@example.com`, `203.0.113.${client}`);
    }
    expect(sent).toHaveLength(10 * 20);
    expect((await askLink(handler, verified.email, '198.51.100.77')).status).toBe(200);
    expect(sent).toHaveLength(201);
  });

  it('gmail.com and googlemail.com are one mailbox: 10 requests reach it 5 times', async () => {
    const handler = shop(makeStore().store, {}, { perIp: 1000 });
    const answers = [];
    for (let index = 0; index < 10; index += 1) {
      answers.push((await askLink(handler, `${index % 2 ? 'j.a.n.a' : 'JANA'}@${index % 2 ? 'googlemail.com' : 'gmail.com'}`, '192.0.2.9')).status);
    }
    expect(answers.filter((status) => status === 200)).toHaveLength(5);
    expect(sent).toHaveLength(5);
  });
});

describe('unclicked links leave the store at their lifetime plus a small grace', () => {
  it('100 unclicked links per 15 minutes from 5 IPs for 2 hours: the memory store holds only the last half hour', async () => {
    const { store, size } = measured(server().createMemoryStore());
    const handler = shop(store);
    const start = Date.now();
    for (let window = 0; window < 8; window += 1) {
      vi.setSystemTime(start + window * 15 * minute);
      for (let index = 0; index < 100; index += 1) await askLink(handler, `slow${window}x${index}@example.com`, `198.51.100.${index % 5}`);
    }
    expect(sent).toHaveLength(8 * 100);
    // Tokens of the last two windows are live (15 min lifetime + 15 min grace); a day's TTL kept all 800.
    expect(await size('magic-link:token:')).toBe(200);
  });

  it('on Redis, a token key expires at the link\'s lifetime plus the grace', async () => {
    const handler = shop(redis.store('ttl'));
    await askLink(handler, verified.email, '192.0.2.1');
    const [key = ''] = await redis.raw().keys('ttl:magic-link:token:*');
    const ttl = await redis.raw().pttl(key);
    expect(ttl).toBeGreaterThan(defaultMagicLinkExpiresIn + expiredGraceMs - 5_000);
    expect(ttl).toBeLessThanOrEqual(defaultMagicLinkExpiresIn + expiredGraceMs);
  });

  it('the default maxEntries holds every token and tombstone the default limits can issue in a link\'s lifetime, twice over', async () => {
    const windowMs = 15 * minute;
    // Links live expiresIn + grace; the windows that overlap that span can each issue the global cap.
    const live = defaultGlobalLinkLimit * (Math.ceil((defaultMagicLinkExpiresIn + expiredGraceMs) / windowMs) + 1);
    // Each link may leave a tombstone behind when used, and the store keeps room to spare.
    const needed = live * 2;
    const store = server().createMemoryStore();
    for (let index = 0; index < needed; index += 1) await store.set(`magic-link:token:${index}`, 'record', defaultMagicLinkExpiresIn + expiredGraceMs);
    // And the cap is many clients' budgets (perIp 20), not a handful.
    expect(defaultGlobalLinkLimit / 20).toBeGreaterThanOrEqual(50);
    let refusedAt = needed;
    while (refusedAt < 20_000) {
      try {
        await store.set(`magic-link:token:${refusedAt}`, 'record', minute);
        refusedAt += 1;
      } catch {
        break;
      }
    }
    expect(refusedAt).toBe(10_000);
    expect(needed).toBeLessThanOrEqual(refusedAt * 0.75);
    // The development warning, given once per process.
    expect(console_.take().filter((line) => !/holds 10000 links \(maxEntries\)/.test(line))).toEqual([]);
  });
});
