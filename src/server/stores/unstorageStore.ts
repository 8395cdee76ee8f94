import type { MagicLinkStore } from '../magicLinkTypes.js';
import { StoreFullError } from './storeErrors.js';

/** What the store uses of an unstorage `Storage` (from `createStorage()`); typed here so unstorage stays optional. */
export interface UnstorageLike {
  /** Reads a key (the store's JSON records). */
  getItem(key: string): Promise<unknown>;
  /** Writes a key; `ttl` in seconds, which unstorage's Redis driver turns into an expiry. */
  setItem(key: string, value: string, options?: { ttl?: number }): Promise<void>;
  /** Deletes a key. */
  removeItem(key: string): Promise<void>;
  /** unstorage's mount lookup: how the store finds a Redis driver's ioredis client for its atomic scripts. */
  getMount?(key?: string): { base: string; driver: { name?: string; options?: unknown; getInstance?: () => unknown } };
}

/** The one command of ioredis (client or cluster) the Redis path needs. */
interface RedisEval {
  eval(script: string, numberOfKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** `client.eval`, with Redis's "OOM command not allowed" (maxmemory reached) read as a full store. */
async function evaluate(client: RedisEval, script: string, ...args: (string | number)[]): Promise<unknown> {
  try {
    return await client.eval(script, 1, ...args);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('OOM')) throw new StoreFullError();
    throw error;
  }
}

const takeScript = "local v = redis.call('GET', KEYS[1]); if v then redis.call('DEL', KEYS[1]) end; return v";
const incrementScript =
  "local c = redis.call('INCR', KEYS[1]); if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end; return c";
const setScript = "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]); return 1";
const getScript = "return redis.call('GET', KEYS[1])";

// unstorage's key rules (normalizeKey, joinKeys), so that our raw Redis keys are the ones its driver uses.
const normalizeKey = (key: string) => key.replace(/[:/\\]/g, ':').replace(/^:|:$/g, '');
const joinKeys = (...keys: string[]) => keys.map(normalizeKey).filter(Boolean).join(':');

function isRedisEval(value: unknown): value is RedisEval {
  return typeof value === 'object' && value !== null && typeof (value as { eval?: unknown }).eval === 'function';
}

interface EventSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

const watched = new WeakSet<object>();

/**
 * Listens to the driver's client for connection errors, once per client. Without a listener,
 * ioredis prints "Unhandled error event" and a stack trace for every reconnection attempt (31 in a
 * 25 s outage); with it, an outage is one line, and the next one after the client is ready again.
 */
function watchConnection(client: object): void {
  if (watched.has(client) || typeof (client as Partial<EventSource>).on !== 'function') return;
  watched.add(client);
  let down = false;
  const source = client as EventSource;
  source.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : 'error';
    console.warn(
      `@bizkithub/auth-react: the store's Redis connection failed (${code}). Until it is back, sign-in goes on without its limits ` +
        'and magic links answer 503; the client keeps reconnecting.',
    );
  });
  source.on('ready', () => {
    down = false;
  });
}

/** The ioredis client and the real Redis key, when `key` lives on unstorage's redis driver. */
function redisTarget(storage: UnstorageLike, key: string): { client: RedisEval; key: string } | undefined {
  const mount = storage.getMount?.(key);
  const driver = mount?.driver;
  if (!mount || driver?.name !== 'redis' || typeof driver.getInstance !== 'function') return undefined;
  const client = driver.getInstance();
  if (!isRedisEval(client)) return undefined;
  watchConnection(client);
  const options = typeof driver.options === 'object' && driver.options !== null ? (driver.options as { base?: unknown }) : {};
  const base = typeof options.base === 'string' ? options.base.replace(/:$/, '') : '';
  return { client, key: joinKeys(base, key.slice(mount.base.length)) };
}

interface Wrapped {
  value: string;
  expiresAt: number;
}

function unwrap(stored: unknown, now: number): Wrapped | undefined {
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { value: inner, expiresAt } = value as Partial<Wrapped>;
  if (typeof inner !== 'string' || typeof expiresAt !== 'number' || expiresAt <= now) return undefined;
  return { value: inner, expiresAt };
}

/**
 * A `MagicLinkStore` on an unstorage `Storage`, so that every instance of a shop shares tokens and
 * limits: Redis, Vercel KV, Cloudflare KV, a file system…
 *
 * On unstorage's `redis` driver, `take` and `increment` run as single Redis commands (Lua scripts on
 * the driver's own ioredis client), so they are atomic across any number of instances; keys are
 * namespaced by the driver's `base` option. On other drivers they are atomic within one process
 * only (each key's operations are queued); a link may then be used twice if two instances verify
 * it in the same instant.
 *
 * @example
 * import { createStorage } from 'unstorage';
 * import redisDriver from 'unstorage/drivers/redis';
 * const store = createUnstorageStore(createStorage({ driver: redisDriver({ url: process.env.REDIS_URL, base: 'shop' }) }));
 */
export function createUnstorageStore(storage: UnstorageLike): MagicLinkStore {
  // Per-key queues: a process-local lock for drivers without an atomic get-and-delete.
  const queues = new Map<string, Promise<unknown>>();
  const exclusive = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  };
  const ttlSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

  return {
    async set(key, value, ttlMs) {
      const redis = redisTarget(storage, key);
      if (redis) {
        await evaluate(redis.client, setScript, redis.key, value, Math.max(1, Math.ceil(ttlMs)));
        return;
      }
      const wrapped: Wrapped = { value, expiresAt: Date.now() + ttlMs };
      await exclusive(key, () => storage.setItem(key, JSON.stringify(wrapped), { ttl: ttlSeconds(ttlMs) }));
    },
    async get(key) {
      const redis = redisTarget(storage, key);
      if (redis) {
        const value = await evaluate(redis.client, getScript, redis.key);
        return typeof value === 'string' ? value : undefined;
      }
      return unwrap(await storage.getItem(key), Date.now())?.value;
    },
    async take(key) {
      const redis = redisTarget(storage, key);
      if (redis) {
        const value = await evaluate(redis.client, takeScript, redis.key);
        return typeof value === 'string' ? value : undefined;
      }
      return exclusive(key, async () => {
        const found = unwrap(await storage.getItem(key), Date.now());
        if (found) await storage.removeItem(key);
        return found?.value;
      });
    },
    async increment(key, windowMs) {
      const redis = redisTarget(storage, key);
      if (redis) {
        return Number(await evaluate(redis.client, incrementScript, redis.key, Math.max(1, Math.ceil(windowMs))));
      }
      return exclusive(key, async () => {
        const now = Date.now();
        const found = unwrap(await storage.getItem(key), now);
        const count = (found ? Number(found.value) : 0) + 1;
        const expiresAt = found?.expiresAt ?? now + windowMs;
        const wrapped: Wrapped = { value: String(count), expiresAt };
        await storage.setItem(key, JSON.stringify(wrapped), { ttl: ttlSeconds(expiresAt - now) });
        return count;
      });
    },
  };
}
