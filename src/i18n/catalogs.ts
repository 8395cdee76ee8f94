import { cs } from './locales/cs.js';
import { en } from './locales/en.js';
import { sk } from './locales/sk.js';
import type { BuiltInLocale, MessageKey, Messages } from './messages.js';

/** The catalogs shipped with the package, by locale. */
export const catalogs: Readonly<Record<BuiltInLocale, Messages>> = { en, cs, sk };

function isBuiltInLocale(value: string): value is BuiltInLocale {
  return Object.hasOwn(catalogs, value);
}

function catalogFor(locale: string): Messages {
  const tag = locale.trim().toLowerCase();
  if (isBuiltInLocale(tag)) return catalogs[tag];
  const language = tag.split(/[-_]/)[0] ?? '';
  return isBuiltInLocale(language) ? catalogs[language] : en;
}

/**
 * The catalog to show: a locale tag picks a built-in catalog (exact match, else its language
 * part, `cs-CZ` → `cs`, else English); a `Messages` object is used as it is; `overrides`
 * (for example the integrator's own wording of a few keys) are laid on top.
 */
export function resolveMessages(
  localeOrMessages: string | Messages | undefined,
  overrides?: Partial<Messages>,
): Messages {
  const base = typeof localeOrMessages === 'string' ? catalogFor(localeOrMessages) : (localeOrMessages ?? en);
  if (overrides === undefined) return base;
  const merged: { -readonly [K in MessageKey]: string } = { ...base };
  for (const [key, value] of Object.entries(overrides) as [MessageKey, string | undefined][]) {
    // An override left `undefined` keeps the base wording instead of blanking it.
    if (typeof value === 'string') merged[key] = value;
  }
  return merged;
}
