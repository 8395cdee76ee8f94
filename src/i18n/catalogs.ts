import { warnOnce } from '../client/devWarning.js';
import { en } from './locales/en.js';
import { shippedLocales, type MessageKey, type Messages } from './messages.js';

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0] ?? '';
}

function findCatalog(tag: string, available: readonly Messages[]): Messages | undefined {
  const exact = available.find((messages) => messages.$locale.toLowerCase() === tag);
  if (exact !== undefined) return exact;
  const language = languageOf(tag);
  return available.find((messages) => messages.$locale.toLowerCase() === language);
}

function warnMissingCatalog(locale: string, tag: string, available: readonly Messages[]): void {
  const language = languageOf(tag);
  const given = available.map((messages) => messages.$locale).join(', ') || 'none';
  const hint = (shippedLocales as readonly string[]).includes(language)
    ? `import { ${language} } from '@bizkithub/auth-react/locales/${language}' and pass catalogs={[${language}]} to <BizKitHubProvider>.`
    : `the package ships ${shippedLocales.join(', ')}; for another language pass your own catalog in catalogs={[…]} (see README, "Languages").`;
  warnOnce(`locale:${tag}`, `locale ${JSON.stringify(locale)} has no catalog (catalogs given: ${given}), so the texts are in English: ${hint}`);
}

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
  const base = typeof localeOrMessages === 'string' ? catalogFor(localeOrMessages, catalogs) : (localeOrMessages ?? en);
  if (overrides === undefined) return base;
  const merged: { -readonly [K in MessageKey]: string } = { ...base };
  for (const [key, value] of Object.entries(overrides) as [MessageKey, string | undefined][]) {
    // An override left `undefined` keeps the base wording instead of blanking it.
    if (typeof value === 'string') merged[key] = value;
  }
  return merged;
}

function catalogFor(locale: string, catalogs: readonly Messages[]): Messages {
  const tag = locale.trim().toLowerCase();
  // The integrator's catalogs first, so a catalog of their own can replace the built-in English.
  const found = findCatalog(tag, catalogs) ?? findCatalog(tag, [en]);
  if (found !== undefined) return found;
  if (tag !== '') warnMissingCatalog(locale, tag, catalogs);
  return en;
}
