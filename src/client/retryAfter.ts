/**
 * Reads a wait from `Retry-After` (seconds or an HTTP date) or a body's `retry_after` (seconds).
 * Returns a positive number of milliseconds, or undefined when no usable wait was given: a
 * throttling answer that asks for no wait (0, or a date already past) says nothing to wait for.
 */
export function parseRetryAfter(header: string | null, bodyValue: unknown, now = Date.now()): number | undefined {
  const fromHeader = header === null ? undefined : parseHeader(header.trim(), now);
  if (fromHeader !== undefined) return positive(fromHeader);
  const seconds = typeof bodyValue === 'string' ? Number(bodyValue) : bodyValue;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? positive(seconds * 1000) : undefined;
}

function positive(ms: number): number | undefined {
  return ms > 0 ? ms : undefined;
}

function parseHeader(value: string, now: number): number | undefined {
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
