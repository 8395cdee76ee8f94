/** The longest wait a server may impose unless the client is told otherwise: BizKitHub's own example sends 3600 s. */
export const defaultMaxRetryAfterMs = 3_600_000;

/** A finite number above 0: a usable wait, time-out or limit. */
export function isPositiveNumber(value: unknown): value is number {
  return Number.isFinite(value) && (value as number) > 0;
}

/**
 * Reads a wait from `Retry-After` (seconds or an HTTP date) or a body's `retry_after` (seconds).
 * Returns a positive, finite number of milliseconds no longer than `maxMs`, or undefined when no
 * usable wait was given: 0, a negative or non-finite number, a date already past, or garbage.
 * The server dictates the wait, not how long a form stays locked: anything longer is cut to `maxMs`.
 */
export function parseRetryAfter(
  header: string | null,
  bodyValue: unknown,
  now = Date.now(),
  maxMs = defaultMaxRetryAfterMs,
): number | undefined {
  const limit = isPositiveNumber(maxMs) ? maxMs : defaultMaxRetryAfterMs;
  const fromHeader = typeof header === 'string' ? parseHeader(header.trim(), now) : undefined;
  const ms = fromHeader ?? parseSeconds(typeof bodyValue === 'string' ? bodyValue.trim() : bodyValue);
  return isPositiveNumber(ms) ? Math.min(ms, limit) : undefined;
}

function parseSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number') return undefined;
  // A wait that is not finite (in seconds or once in milliseconds) is none: the body's may count.
  const ms = seconds * 1000;
  return Number.isFinite(ms) ? ms : undefined;
}

function parseHeader(value: string, now: number): number | undefined {
  // All three HTTP-date forms start with a day name; anything else may only be seconds (Date.parse
  // alone takes "-5" for the year -5).
  if (!/^[A-Za-z]{3}/.test(value)) return parseSeconds(value);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
