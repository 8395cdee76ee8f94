/**
 * Thrown by a store that has no room for a new token (the memory store at `maxEntries`). The
 * handler answers a link request with 503 `store-full`; sign-in never waits on room.
 */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
  constructor() {
    super('The magic-link store has no room for a new token.');
  }
}

/** Thrown when a store call took longer than `storeTimeoutMs`. */
export class StoreTimeoutError extends Error {
  override readonly name = 'StoreTimeoutError';
  constructor(timeoutMs: number) {
    super(`The store did not answer within ${timeoutMs} ms.`);
  }
}

/** Whether a store failure is "no room" rather than "unreachable", across module copies. */
export function isStoreFull(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreFullError';
}
