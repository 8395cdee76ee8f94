import type { MagicLinkStore } from '../magicLinkTypes.js';
import { StoreTimeoutError } from './storeErrors.js';

/** `call()`'s answer, or a StoreTimeoutError after `timeoutMs`; the timer never keeps the process alive. */
function bounded<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  // A store that throws instead of rejecting fails the same way.
  const work = new Promise<T>((resolve) => resolve(call()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(timeoutMs)), timeoutMs);
    (timer as { unref?: () => void }).unref?.();
  });
  // A late answer of a call that already timed out is dropped, and so is its late failure.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

// Stores whose every call settles in this process without waiting on anything (the memory store):
// none can be slow or silent, so a timer per call would bound nothing.
const inProcess = new WeakSet<MagicLinkStore>();

/** `store`, marked as answering in this process without waiting on anything: `boundedStore` leaves it as is. */
export function answersInProcess(store: MagicLinkStore): MagicLinkStore {
  inProcess.add(store);
  return store;
}

/**
 * The same store with every call bounded by `timeoutMs`: a slow or silent store (a Redis that is
 * paused, busy or cut off) fails the call instead of holding the request. The call itself is not
 * cancelled; its late result is ignored.
 */
export function boundedStore(store: MagicLinkStore, timeoutMs: number): MagicLinkStore {
  if (inProcess.has(store)) return store;
  return {
    set: (key, value, ttlMs) => bounded(() => store.set(key, value, ttlMs), timeoutMs),
    get: (key) => bounded(() => store.get(key), timeoutMs),
    take: (key) => bounded(() => store.take(key), timeoutMs),
    increment: (key, windowMs) => bounded(() => store.increment(key, windowMs), timeoutMs),
  };
}
