import { isStoreFull } from './stores/storeErrors.js';

// Errors a store threw, as they were thrown: whoever catches one (a route that answers 503 itself,
// the sign-in lock) still sees the store's own error, and the handler can still tell it came from the store.
const storeFailures = new WeakSet<object>();

/** Whether `error` was thrown by a store call (see `watchStore`). */
export function isStoreFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && storeFailures.has(error);
}

/** Which store fault `error` is: no room, or anything else (down, slow, refusing). */
export function storeFaultOf(error: unknown): 'store-full' | 'store-unavailable' {
  return isStoreFull(error) ? 'store-full' : 'store-unavailable';
}

const watched = new WeakSet<object>();

/**
 * The store with every method's failure marked as the store's, so that the handler answers 503 and
 * tells `onError`. A Proxy rather than a copy of the four methods, so that a store with more
 * methods keeps them.
 */
export function watchStore<Store extends object>(store: Store): Store {
  if (watched.has(store)) return store;
  const proxy = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return (await (value as (...rest: unknown[]) => unknown).apply(target, args)) as unknown;
        } catch (error) {
          const thrown = typeof error === 'object' && error !== null ? error : new Error(String(error));
          storeFailures.add(thrown);
          throw thrown;
        }
      };
    },
  });
  watched.add(proxy);
  return proxy;
}
