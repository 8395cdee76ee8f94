const SECOND = 1000;
const formatters = new Map<string, Intl.RelativeTimeFormat>();

function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    try {
      formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    } catch {
      // A malformed tag (RangeError): English rather than a crash in an error message.
      formatter = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
    }
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Whole seconds, rounded up; negative, NaN and infinite values count as 0. */
function wholeSeconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / SECOND) : 0;
}

/**
 * A wait as a relative future time in `locale`, for sentences like "Please try again {wait}.":
 * `formatWait(300_000, 'en')` → "in 5 minutes", `formatWait(300_000, 'cs')` → "za 5 minut",
 * `formatWait(300_000, 'sk')` → "o 5 minút".
 *
 * The unit is seconds below 60 s, minutes below 60 min, hours below 48 h, else days; every
 * amount is rounded up, so the customer is never told to come back too early.
 */
export function formatWait(ms: number, locale: string): string {
  const format = relativeTimeFormat(locale);
  const seconds = wholeSeconds(ms);
  if (seconds < 60) return format.format(seconds, 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.ceil(seconds / 3600);
  if (hours < 48) return format.format(hours, 'hour');
  return format.format(Math.ceil(seconds / 86_400), 'day');
}

/**
 * A countdown for a live cooldown: `m:ss` below an hour, `h:mm:ss` from one hour up:
 * 27 000 → "0:27", 3 599 000 → "59:59", 3 600 000 → "1:00:00".
 * Milliseconds are rounded up to whole seconds; negative or invalid values give "0:00".
 */
export function formatCountdown(ms: number): string {
  const seconds = wholeSeconds(ms);
  const ss = String(seconds % 60).padStart(2, '0');
  if (seconds < 3600) return `${Math.floor(seconds / 60)}:${ss}`;
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${mm}:${ss}`;
}
