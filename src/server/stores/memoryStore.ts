import { developmentAtRunTime, warnOnce } from '../../client/devWarning.js';
import { StoreFullError } from './storeErrors.js';
import type { MagicLinkStore } from '../magicLinkTypes.js';

interface Entry {
  value: string;
  expiresAt: number;
}

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /**
   * The most entries (tokens, used-token tombstones, counters) kept at once. When it is reached and
   * sweeping expired entries frees nothing, new writes are refused, so requests for new links answer
   * 503 ("temporarily unavailable"): a live link is never evicted to make room.
   * @default 10000
   */
  maxEntries?: number | undefined;
}

/** Expired entries are swept every this many writes, so that memory stays bounded without a timer. */
const sweepEvery = 256;

/**
 * A `MagicLinkStore` in this process's memory: right for one server process (and for tests). Several
 * instances, or serverless functions, each get their own copy, so a link issued by one is unknown
 * to the others: use `createUnstorageStore` on Redis there. Memory is bounded by `maxEntries`.
 */
export function createMemoryStore({ maxEntries = 10_000 }: MemoryStoreOptions = {}): MagicLinkStore {
  if (!Number.isInteger(maxEntries) || maxEntries <= 0) throw new TypeError('createMemoryStore: maxEntries must be a positive whole number.');
  const entries = new Map<string, Entry>();
  let writes = 0;
  // When the soonest entry expires, as of the last sweep: a full store is not swept again before then.
  let soonestExpiry = 0;

  const sweep = (now: number) => {
    soonestExpiry = Number.POSITIVE_INFINITY;
    for (const [key, { expiresAt }] of entries) {
      if (expiresAt <= now) entries.delete(key);
      else if (expiresAt < soonestExpiry) soonestExpiry = expiresAt;
    }
  };

  const live = (key: string, now: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const write = (key: string, entry: Entry, now: number) => {
    writes += 1;
    if (writes % sweepEvery === 0 && now >= soonestExpiry) sweep(now);
    if (!entries.has(key) && entries.size >= maxEntries) {
      if (now >= soonestExpiry) sweep(now);
      if (entries.size >= maxEntries) {
        if (developmentAtRunTime()) {
          warnOnce(
            'memory-store-full',
            `the magic-link memory store holds ${maxEntries} entries (maxEntries), so new links are refused with 503 until some expire. ` +
              'Raise maxEntries, or use createUnstorageStore on Redis.',
          );
        }
        // The handler answers any store failure with a neutral 503 (this one's reason: store-full).
        throw new StoreFullError();
      }
    }
    entries.set(key, entry);
    soonestExpiry = Math.min(soonestExpiry, entry.expiresAt);
  };

  // Every method works synchronously inside its promise: no other call can run between a read and
  // its write, which is what makes `take` and `increment` atomic in one process.
  return {
    async set(key, value, ttlMs) {
      const now = Date.now();
      write(key, { value, expiresAt: now + ttlMs }, now);
    },
    async get(key) {
      return live(key, Date.now())?.value;
    },
    async take(key) {
      const entry = live(key, Date.now());
      entries.delete(key);
      return entry?.value;
    },
    async increment(key, windowMs) {
      const now = Date.now();
      const entry = live(key, now);
      const count = (entry ? Number(entry.value) : 0) + 1;
      write(key, { value: String(count), expiresAt: entry?.expiresAt ?? now + windowMs }, now);
      return count;
    },
  };
}
