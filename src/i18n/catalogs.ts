import { en } from './locales/en.js';
import type { Messages } from './messages.js';
import { givenTexts, pickCatalog } from './pickCatalog.js';

/**
 * The catalog to show. A `Messages` object is used as it is. A locale tag picks, from English and
 * the `catalogs` given (for example `[cs]` from `@bizkithub/auth-react/locales/cs`), the catalog of
 * that tag, else of its language (`cs-CZ` → `cs`), else English with a one-time development warning.
 * `overrides` (for example the integrator's own wording of a few keys) are laid on top.
 *
 * @example resolveMessages('cs-CZ', undefined, [cs]) // the Czech catalog
 */
export function resolveMessages(
  localeOrMessages: string | Messages | undefined,
  overrides?: Partial<Messages>,
  catalogs: readonly Messages[] = [],
): Messages {
  const base = typeof localeOrMessages === 'string' ? (pickCatalog(localeOrMessages, catalogs) ?? en) : (localeOrMessages ?? en);
  return overrides === undefined ? base : { ...base, ...givenTexts(overrides) };
}
