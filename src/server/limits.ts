import { developmentAtRunTime, warnOnce } from '../core/devWarning.js';
import type { RefusalReason } from '../core/refusalReason.js';
import { addressBucket } from './clientIp.js';
import type { MagicLinkStore } from './magicLinkTypes.js';
import { refusal } from './responses.js';
import { sha256Hex } from './tokens.js';

/** The fixed window `now` falls in, and the milliseconds left in it. */
export function windowOf(now: number, windowMs: number): { window: number; remaining: number } {
  const window = Math.floor(now / windowMs);
  return { window, remaining: (window + 1) * windowMs - now };
}

/** The store key of a client's (an IPv4 address's, an IPv6 /64's) counter for one route and window. */
export async function clientKey(route: string, ip: string, window: number): Promise<string> {
  return `${route}:limit:ip:${await sha256Hex(addressBucket(ip))}:${window}`;
}

/**
 * Whether the per-client limits apply: only to a client whose address is known. Without one, all
 * visitors would share one bucket, and one client's requests would lock everyone else out, so the
 * per-client limits step aside (the per-address and shop-wide limits still hold), with one warning
 * that says how to give the handler the address: in production from any route, in development
 * from the routes that ask (the magic link's), so that a local sign-in stays quiet.
 */
export function knowsClient(ip: string | undefined, { warnInDevelopment = false } = {}): ip is string {
  if (ip !== undefined) return true;
  if (warnInDevelopment || !developmentAtRunTime()) {
    warnOnce(
      'unknown-client-ip',
      "the handler cannot tell the client's IP address, so its per-IP limits (sign-in, magic links) are off. " +
        'Mount it with toNodeHandler (Node), or set trustProxyHops to the number of proxies in front of it, or getClientIp.',
    );
  }
  return false;
}

/** Counts one request under `key` (a counter that lasts `remaining` ms); whether that went past `limit`. */
export async function spend(store: MagicLinkStore, key: string, limit: number, remaining: number): Promise<boolean> {
  return (await store.increment(key, remaining)) > limit;
}

/**
 * A 429 from the handler's own limits: `reason` names which one, `Retry-After` the end of its
 * window. The browser client reads it as a rate limit with that wait, as it reads BizKitHub's.
 */
export function limitRefusal(reason: Extract<RefusalReason, `rate-limit-${string}`>, waitMs: number): Response {
  return refusal(429, reason, { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) });
}

/** Checks a limit option: a positive number (a whole one for counts), or a TypeError naming it. */
export function positiveOption(value: unknown, fallback: number, option: string, integer = false): number {
  const result = value ?? fallback;
  if (typeof result !== 'number' || !Number.isFinite(result) || result <= 0 || (integer && !Number.isInteger(result))) {
    throw new TypeError(`createBizKitHubHandler: ${option} must be a positive ${integer ? 'whole number' : 'number'}.`);
  }
  return result;
}
