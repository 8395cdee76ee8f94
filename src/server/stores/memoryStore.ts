import type { MagicLinkStore } from '../magicLinkTypes.js';

interface Entry {
  value: string;
  expiresAt: number;
}

/** Expired entries are swept every this many writes, so that memory stays bounded without a timer. */
const sweepEvery = 256;

/**
 * A `MagicLinkStore` in this process's memory: right for one server process (and for tests). Several
 * instances, or serverless functions, each get their own copy, so a link issued by one is unknown
 * to the others: use `createUnstorageStore` on Redis there.
 */
export function createMemoryStore(): MagicLinkStore {
  const entries = new Map<string, Entry>();
  let writes = 0;

  const live = (key: string, now: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const write = (key: string, entry: Entry, now: number) => {
    entries.set(key, entry);
    writes += 1;
    if (writes % sweepEvery === 0) {
      for (const [other, { expiresAt }] of entries) if (expiresAt <= now) entries.delete(other);
    }
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
