/**
 * A store call that failed: thrown in place of the store's own error (kept as `cause`), so that the
 * handler answers 503 and tells `onError` it was the store, whatever else was running.
 */
export class StoreFault extends Error {
  override readonly name = 'StoreFault';

  constructor(cause: unknown) {
    super('The store failed.', { cause });
  }

  /** The store said it has no room (an error named `StoreFullError`, as the memory store throws). */
  get full(): boolean {
    const { cause } = this;
    return typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === 'StoreFullError';
  }
}

/** What a store throws when it has no room for a new entry; the handler answers 503 `store-full`. */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
}

const watched = new WeakSet<object>();

/**
 * The store with every method's failure turned into a `StoreFault`. A Proxy rather than a copy of
 * the four methods, so that a store with more methods keeps them.
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
          throw error instanceof StoreFault ? error : new StoreFault(error);
        }
      };
    },
  });
  watched.add(proxy);
  return proxy;
}
