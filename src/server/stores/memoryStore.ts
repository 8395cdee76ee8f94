import { developmentAtRunTime, warnOnce } from '../../core/devWarning.js';
import type { MagicLinkStore } from '../magicLinkTypes.js';
import { answersInProcess } from './boundedStore.js';
import { StoreFullError } from './storeErrors.js';

interface Entry {
  value: string;
  expiresAt: number;
}

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /**
   * The most tokens (and used-token tombstones) kept at once: what `set` writes. Counters have a
   * room of their own (`maxCounters`), so no flood of requests can crowd a link out. When it is
   * reached and sweeping expired entries frees nothing, new links are refused (503 `store-full`):
   * a live link is never evicted to make room. The default holds, with room to spare, every link
   * the default limits let through in a link's lifetime.
   * @default 10000
   */
  maxEntries?: number | undefined;
  /**
   * The most counters (limits, the sign-in lock) kept at once: what `increment` writes. When it is
   * reached, the counter counted longest ago goes first, with a development warning: losing a
   * counter only relaxes one limit for one key, and sign-in never waits on room.
   * @default 10000
   */
  maxCounters?: number | undefined;
}

/** Expired entries are swept every this many writes, so that memory stays bounded without a timer. */
const sweepEvery = 256;

function checkSize(value: number, option: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`createMemoryStore: ${option} must be a positive whole number.`);
  return value;
}

/** A map of entries with expiry, swept lazily; `expiresAt` of the soonest one as of the last sweep. */
function createRoom() {
  const entries = new Map<string, Entry>();
  let writes = 0;
  // When the soonest entry expires, as of the last sweep: a full room is not swept again before then.
  let soonestExpiry = 0;
  const sweep = (now: number) => {
    soonestExpiry = Number.POSITIVE_INFINITY;
    for (const [key, { expiresAt }] of entries) {
      if (expiresAt <= now) entries.delete(key);
      else if (expiresAt < soonestExpiry) soonestExpiry = expiresAt;
    }
  };
  return {
    entries,
    live(key: string, now: number): Entry | undefined {
      const entry = entries.get(key);
      if (entry && entry.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    /** Whether `key` may be written without going over `max` entries, after sweeping when worth it. */
    hasRoom(key: string, max: number, now: number): boolean {
      writes += 1;
      if (writes % sweepEvery === 0 && now >= soonestExpiry) sweep(now);
      if (entries.has(key) || entries.size < max) return true;
      if (now >= soonestExpiry) sweep(now);
      return entries.size < max;
    },
    write(key: string, entry: Entry) {
      entries.set(key, entry);
      soonestExpiry = Math.min(soonestExpiry, entry.expiresAt);
    },
  };
}

/**
 * A `MagicLinkStore` in this process's memory: right for one server process (and for tests). Several
 * instances, or serverless functions, each get their own copy, so a link issued by one is unknown
 * to the others and every limit (and `hideAccountExistence`'s lock) counts per instance: use
 * `createUnstorageStore` on Redis there. In production it says so once, in a console warning.
 * Memory is bounded: tokens by `maxEntries`, counters by `maxCounters`, each in its own room.
 */
export function createMemoryStore({ maxEntries = 10_000, maxCounters = 10_000 }: MemoryStoreOptions = {}): MagicLinkStore {
  checkSize(maxEntries, 'maxEntries');
  checkSize(maxCounters, 'maxCounters');
  if (!developmentAtRunTime()) {
    warnOnce(
      'memory-store-per-instance',
      'a memory store (createMemoryStore, the default store) keeps its counters and links in this process. With more than one instance, ' +
        'each counts on its own: the limits and hideAccountExistence hold per instance only. Share one store (createUnstorageStore on Redis).',
    );
  }
  const tokens = createRoom();
  const counters = createRoom();

  // Every method works synchronously inside its promise: no other call can run between a read and
  // its write, which is what makes `take` and `increment` atomic in one process (and none is ever late).
  return answersInProcess({
    async set(key, value, ttlMs) {
      const now = Date.now();
      if (!tokens.hasRoom(key, maxEntries, now)) {
        if (developmentAtRunTime()) {
          warnOnce(
            'memory-store-full',
            `the magic-link memory store holds ${maxEntries} links (maxEntries), so new links are refused with 503 until some expire. ` +
              'Raise maxEntries, or use createUnstorageStore on Redis.',
          );
        }
        throw new StoreFullError();
      }
      counters.entries.delete(key);
      tokens.write(key, { value, expiresAt: now + ttlMs });
    },
    async get(key) {
      const now = Date.now();
      return (tokens.live(key, now) ?? counters.live(key, now))?.value;
    },
    async take(key) {
      const now = Date.now();
      const entry = tokens.live(key, now) ?? counters.live(key, now);
      tokens.entries.delete(key);
      counters.entries.delete(key);
      return entry?.value;
    },
    async increment(key, windowMs) {
      const now = Date.now();
      const entry = counters.live(key, now);
      // Counted again, a counter moves to the end of the Map's order: the first key is then the one
      // counted longest ago, and a busy counter (the shop-wide cap) is never the one dropped.
      counters.entries.delete(key);
      if (!counters.hasRoom(key, maxCounters, now)) {
        const oldest = counters.entries.keys().next().value;
        if (oldest !== undefined) counters.entries.delete(oldest);
        if (developmentAtRunTime()) {
          warnOnce(
            'memory-store-counters-full',
            `the memory store holds ${maxCounters} counters (maxCounters), so those counted longest ago are dropped to count new ones, ` +
              'which relaxes their limits. Raise maxCounters, or use createUnstorageStore on Redis.',
          );
        }
      }
      const count = (entry ? Number(entry.value) : 0) + 1;
      counters.write(key, { value: String(count), expiresAt: entry?.expiresAt ?? now + windowMs });
      return count;
    },
  });
}
