import { isPositiveNumber } from '../core/retryAfter.js';

function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  // The default options say "in 1 day", never "tomorrow" (numeric: 'always').
  try {
    return new Intl.RelativeTimeFormat(locale);
  } catch {
    // A malformed tag (RangeError): English rather than a crash in an error message.
    return new Intl.RelativeTimeFormat('en');
  }
}

/** Whole seconds, rounded up; negative, NaN and infinite values count as 0. */
function wholeSeconds(ms: number): number {
  return isPositiveNumber(ms) ? Math.ceil(ms / 1000) : 0;
}

/**
 * A wait as a relative future time in `locale`, for sentences like "Please try again {wait}.":
 * `formatWait(300_000, 'en')` → "in 5 minutes", `formatWait(300_000, 'cs')` → "za\u00A05\u00A0minut",
 * `formatWait(300_000, 'sk')` → "o\u00A05\u00A0minút", `formatWait(300_000, 'de')` → "in\u00A05\u00A0Minuten".
 *
 * Outside English the phrase is joined by no-break spaces (U+00A0), as the catalogs' own text is,
 * so a line never ends after "o" or between "5" and "minút". Plurals come from `Intl.RelativeTimeFormat`.
 *
 * The unit is seconds below 120 s, minutes below 120 min, hours below 48 h, else days; every
 * amount is rounded up within its unit, so the customer is never told to come back too early. The
 * smaller unit runs up to 119 so that rounding up never nearly doubles the wait: 61 s is "in 61
 * seconds", not "in 2 minutes", and 61 min "in 61 minutes", as the visible countdown says.
 */
export function formatWait(ms: number, locale: string): string {
  const format = relativeTimeFormat(locale);
  const seconds = wholeSeconds(ms);
  const minutes = Math.ceil(seconds / 60);
  const hours = Math.ceil(seconds / 3600);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 120 ? [seconds, 'second'] : minutes < 120 ? [minutes, 'minute'] : hours < 48 ? [hours, 'hour'] : [Math.ceil(seconds / 86_400), 'day'];
  const text = format.format(value, unit);
  // Generated waits keep their words together in every language but English, whose catalog uses
  // ordinary spaces throughout. Czech, Slovak and Polish keep one-letter prepositions and a number
  // with its unit on one line, German (DIN 5008) a number with its unit.
  return /^en(?:-|$)/i.test(format.resolvedOptions().locale) ? text : text.replace(/ /g, '\u00A0');
}

export function formatCountdown(ms: number): string {
  const seconds = wholeSeconds(ms);
  const ss = String(seconds % 60).padStart(2, '0');
  if (seconds < 3600) return `${Math.floor(seconds / 60)}:${ss}`;
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${mm}:${ss}`;
}
