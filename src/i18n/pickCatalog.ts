import { warnOnce } from '../core/devWarning.js';
import { shippedLocales, type MessageTexts, type Messages, type ProvidedMessages } from './messages.js';

// No catalog is imported here: the provider picks a catalog without bundling English, which each
// form brings for itself (src/i18n/locales/en/).

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0] ?? '';
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
 * The catalog of a locale tag among `catalogs`: that tag's, else its language's (`cs-CZ` → `cs`);
 * `undefined` for English, the built-in fallback. A tag that is neither English nor found gets a
 * one-time development warning (`warnMissingCatalog`).
 */
export function pickCatalog(locale: string, catalogs: readonly Messages[]): Messages | undefined {
  const tag = locale.trim().toLowerCase();
  // The integrator's catalogs first, so a catalog of their own can replace the built-in English.
  const catalogOf = (code: string) => catalogs.find((messages) => messages.$locale.toLowerCase() === code);
  const found = catalogOf(tag) ?? catalogOf(languageOf(tag));
  // Production builds (the package's own, or an app's bundler) drop the warning and its text.
  if (process.env.NODE_ENV !== 'production' && found === undefined && tag !== '' && languageOf(tag) !== 'en') {
    warnMissingCatalog(locale, tag, catalogs);
  }
  return found;
}

/** The overrides that carry a text: one left `undefined` keeps the base wording instead of blanking it. */
export function givenTexts(overrides: Partial<Messages>): MessageTexts {
  return Object.fromEntries(Object.entries(overrides).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** English with nothing overridden: every form falls back to the English texts it brings. */
const english: ProvidedMessages = { $locale: 'en' };

/**
 * What `<BizKitHubProvider>` gives its forms: the catalog `resolveMessages` would choose, with the
 * overrides on top, except that English is not bundled: for English it holds only the overrides.
 */
export function provideMessages(
  localeOrMessages: string | Messages,
  overrides: Partial<Messages> | undefined,
  catalogs: readonly Messages[] = [],
): ProvidedMessages {
  const base = typeof localeOrMessages === 'string' ? (pickCatalog(localeOrMessages, catalogs) ?? english) : localeOrMessages;
  return overrides === undefined ? base : { ...base, ...givenTexts(overrides) };
}
