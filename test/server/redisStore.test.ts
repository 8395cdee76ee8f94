// @vitest-environment node
import { createBizKitHubHandler, type MagicLinkMessage } from '../../src/server/index.js';
import { devKey } from '../support/keys.js';
import { startRedis } from './redis.js';
import { storeContract } from './storeContract.js';
import { browserRequest, cookiePair, forbidConsoleInEveryTest, shopOrigin, startUpstream, verified } from './support.js';
import { openAndPress } from './confirmation.js';

// A real redis-server of our own on 127.0.0.1 (Debian's package, installed when missing), reached
// through unstorage's redis driver: the set-up several instances of a shop would share.

const api = startUpstream();
const redis = startRedis();
const redisStore = (base: string) => redis.store(base);

forbidConsoleInEveryTest();

describe('createUnstorageStore on unstorage\'s redis driver', () => {
  storeContract(() => redisStore('contract'), {
    unit: 150,
    advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });

  it('writes under the driver\'s base, with Redis expiring the keys itself', async () => {
    const store = redisStore('shop-a');
    await store.set('magic-link:token:abc', 'record', 60_000);
    await store.increment('magic-link:limit:email:def:1', 30_000);
    expect(await redis.raw().get('shop-a:magic-link:token:abc')).toBe('record');
    expect(await redis.raw().pttl('shop-a:magic-link:token:abc')).toBeGreaterThan(59_000);
    expect(await redis.raw().pttl('shop-a:magic-link:limit:email:def:1')).toBeGreaterThan(29_000);
    expect(await redisStore('shop-b').get('magic-link:token:abc')).toBeUndefined();
  });
});

describe('two handler instances sharing one Redis', () => {
  let sent: MagicLinkMessage[];
  let base = 0;
  let instances: ReturnType<typeof createBizKitHubHandler>[];

  beforeEach(() => {
    sent = [];
    base += 1;
    // Two processes of one shop: their own store objects and connections, the same Redis and base.
    instances = [0, 1].map(() =>
      createBizKitHubHandler({
        apiKey: devKey,
        origin: shopOrigin,
        getClientIp: () => '192.0.2.1',
        magicLink: { sendMagicLink: (message) => void sent.push(message), store: redisStore(`shop-${base}`) },
      }),
    );
  });

  const [first, second] = [0, 1];
  const requestLink = (instance: number, email = verified.email) =>
    instances[instance]?.(browserRequest('/magic-link', { body: { email, returnTo: '/account' } })) ?? Promise.reject(new Error('no instance'));
  // The link opened, and the confirmation page's button pressed (a same-origin form POST to the link).
  const follow = (instance: number, url: string) => {
    const handler = instances[instance];
    return handler ? openAndPress(handler, url) : Promise.reject(new Error('no instance'));
  };

  it('accepts a link issued by one instance on the other, once', async () => {
    expect((await requestLink(first)).status).toBe(200);
    const link = sent[0]?.url ?? '';
    const token = new URL(link).searchParams.get('token') ?? '';
    const keys = await redis.raw().keys(`shop-${base}:magic-link:token:*`);
    expect(keys).toHaveLength(1);
    expect(keys.join()).not.toContain(token);
    expect(await redis.raw().get(keys[0] ?? '')).not.toContain(token);

    const signedIn = await follow(second, link);
    expect(signedIn.headers.get('location')).toBe(`${shopOrigin}/account`);
    expect(cookiePair(signedIn)).toMatch(/^__Host-auth-id=[A-Za-z0-9]{32}$/);
    const again = await follow(first, link);
    expect(new URL(again.headers.get('location') ?? '').searchParams.get('error')).toBe('used');
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('20 concurrent verifies of one token, spread over both instances, give exactly one session', async () => {
    await requestLink(first);
    const link = sent[0]?.url ?? '';
    const responses = await Promise.all(Array.from({ length: 20 }, (_, index) => follow(index % 2, link)));
    const withCookie = responses.filter((response) => response.headers.get('set-cookie') !== null);
    expect(withCookie).toHaveLength(1);
    expect(withCookie[0]?.headers.get('location')).toBe(`${shopOrigin}/account`);
    const reasons = responses
      .filter((response) => response.headers.get('set-cookie') === null)
      .map((response) => new URL(response.headers.get('location') ?? '').searchParams.get('error'));
    // A loser that runs before the winner has written the tombstone finds nothing at all: "invalid".
    expect(reasons.every((reason) => reason === 'used' || reason === 'invalid')).toBe(true);
    expect(api.sessions(verified.email)).toHaveLength(1);
  });

  it('holds the per-e-mail limit across instances', async () => {
    for (let index = 0; index < 5; index += 1) expect((await requestLink(index % 2)).status).toBe(200);
    expect((await requestLink(first)).status).toBe(429);
    expect((await requestLink(second)).status).toBe(429);
    expect(sent).toHaveLength(5);
  });
});
