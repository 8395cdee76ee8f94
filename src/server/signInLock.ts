import { canonicalEmail } from './canonicalEmail.js';
import type { MagicLinkStore } from './magicLinkTypes.js';
import { jsonResponse } from './responses.js';
import { sha256Hex } from './tokens.js';

/** BizKitHub locks an account after this many failed sign-ins; with hiding on, every address gets the same. */
export const signInFailureLimit = 5;
export const signInWindowMs = 15 * 60_000;

/** Codes of a failed sign-in that count towards the lock, before hiding maps them to E004. */
const countedCodes = new Set(['E002', 'E003', 'E004', 'E005']);

export interface SignInLock {
  /** The lock's answer when this address has failed too often in this window, else undefined. */
  check(email: string): Promise<Response | undefined>;
  /** Counts a failed sign-in (by its upstream code) for this address. */
  record(email: string, code: string | undefined): Promise<void>;
  /** The lock's answer, for an upstream E006 too: the same shape whether or not the account exists. */
  locked(): Response;
}

function windowOf(now: number) {
  const window = Math.floor(now / signInWindowMs);
  return { window, remaining: (window + 1) * signInWindowMs - now };
}

/**
 * Counts failed sign-ins per mailbox in the handler's store for every address, known or not, so
 * that an unknown address is locked with the same E006 (and `Retry-After`) after the same number of
 * tries as an existing one. Used only with `hideAccountExistence`.
 */
export function createSignInLock(store: MagicLinkStore): SignInLock {
  const key = async (email: string, window: number) => `sign-in:failures:${await sha256Hex(canonicalEmail(email))}:${window}`;
  const locked = () => {
    const { remaining } = windowOf(Date.now());
    return jsonResponse({ success: false, errorCode: 'E006' }, 200, { 'Retry-After': String(Math.ceil(remaining / 1000)) });
  };
  return {
    async check(email) {
      const { window } = windowOf(Date.now());
      const count = Number((await store.get(await key(email, window))) ?? 0);
      return count >= signInFailureLimit ? locked() : undefined;
    },
    async record(email, code) {
      if (!countedCodes.has(code ?? '')) return;
      const { window, remaining } = windowOf(Date.now());
      await store.increment(await key(email, window), remaining);
    },
    locked,
  };
}
