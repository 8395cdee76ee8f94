import { foldedCodes } from '../core/hideExistence.js';
import { canonicalEmail } from './canonicalEmail.js';
import { windowOf } from './limits.js';
import type { MagicLinkStore } from './magicLinkTypes.js';
import { answeredBy, jsonResponse } from './responses.js';
import { sha256Hex } from './tokens.js';

/** BizKitHub locks an account after this many failed sign-ins; with hiding on, every address gets the same. */
export const loginFailureLimit = 5;
export const loginWindowMs = 15 * 60_000;

/**
 * Codes of a failed login that count towards the lock: the ones hiding folds into one answer
 * (core/hideExistence.ts, so the lock counts every address alike), and BizKitHub's own lock, E006
 * (see the route).
 */
const countedCodes: ReadonlySet<string> = new Set([...foldedCodes.login, 'E006']);

/**
 * What the lock knows of an address: `open`, `locked` (too many failures in this window), or
 * `unavailable` when the store failed, was full or did not answer in time; the lock then steps
 * aside for this request rather than failing the sign-in.
 */
export type LockState = 'open' | 'locked' | 'unavailable';

export interface LoginLock {
  /** The lock's state for this address. Never throws: a store failure goes to `onStoreError`. */
  check(email: string, onStoreError: (error: unknown) => void): Promise<LockState>;
  /** Counts a failed sign-in (by its upstream code) for this address. Never throws: a store failure goes to `onStoreError`. */
  record(email: string, code: string | undefined, onStoreError: (error: unknown) => void): Promise<void>;
  /** The lock's answer, for an upstream E006 too: the same shape whether or not the account exists. */
  locked(): Response;
}

/**
 * Counts failed sign-ins per mailbox (its canonical address) in the handler's store for every
 * address, known or not, so that an unknown address is locked with the same E006 (and
 * `Retry-After`) after the same number of tries as an existing one. Used only with
 * `hideAccountExistence`. A store that fails never fails a sign-in: see `LockState`.
 */
export function createLoginLock(store: MagicLinkStore): LoginLock {
  const key = async (email: string, window: number) => `sign-in:failures:${await sha256Hex(canonicalEmail(email))}:${window}`;
  const locked = () => {
    const { remaining } = windowOf(Date.now(), loginWindowMs);
    const answer = jsonResponse({ success: false, errorCode: 'E006' }, 200, { 'Retry-After': String(Math.ceil(remaining / 1000)) });
    return answeredBy(answer, 'rate-limit-address');
  };
  return {
    async check(email, onStoreError) {
      try {
        const { window } = windowOf(Date.now(), loginWindowMs);
        const count = Number((await store.get(await key(email, window))) ?? 0);
        return count >= loginFailureLimit ? 'locked' : 'open';
      } catch (error) {
        onStoreError(error);
        return 'unavailable';
      }
    },
    async record(email, code, onStoreError) {
      if (!countedCodes.has(code ?? '')) return;
      try {
        const { window, remaining } = windowOf(Date.now(), loginWindowMs);
        await store.increment(await key(email, window), remaining);
      } catch (error) {
        onStoreError(error);
      }
    },
    locked,
  };
}
