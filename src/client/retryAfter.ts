/** The longest wait a server may impose unless the client is told otherwise: BizKitHub's own example sends 3600 s. */
export const defaultMaxRetryAfterMs = 3_600_000;

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
  const limit = Number.isFinite(maxMs) && maxMs > 0 ? maxMs : defaultMaxRetryAfterMs;
  const fromHeader = typeof header === 'string' ? parseHeader(header.trim(), now) : undefined;
  const ms = fromHeader ?? parseSeconds(typeof bodyValue === 'string' ? bodyValue.trim() : bodyValue);
  return ms !== undefined && Number.isFinite(ms) && ms > 0 ? Math.min(ms, limit) : undefined;
}

function parseSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
  const ms = seconds * 1000;
  return Number.isFinite(ms) ? ms : undefined;
}

function parseHeader(value: string, now: number): number | undefined {
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return parseSeconds(value);
  // All three HTTP-date forms start with a day name; Date.parse alone takes "-5" for the year -5.
  if (!/^[A-Za-z]{3}/.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
