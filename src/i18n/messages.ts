import type { en } from './locales/en.js';

/** Every key of the catalog; English is the source of truth. */
export type MessageKey = keyof typeof en;

/** A complete catalog: a locale that misses a key does not compile. */
export type Messages = { readonly [K in MessageKey]: string };

/**
 * Texts of some keys: a part of the English catalog (`src/i18n/locales/en/`), or the English a
 * form brings for the keys it shows.
 */
export type MessageTexts = { readonly [K in MessageKey]?: string };

/**
 * The texts a `<BizKitHubProvider>` gives its forms: a whole catalog for a language other than
 * English; for English only the integrator's overrides, as the forms bring their own English.
 */
export type ProvidedMessages = MessageTexts & { readonly $locale: string };

/**
 * The locales this package has a catalog for. English is built in; every other one is its own
 * entry, `@bizkithub/auth-react/locales/<code>`, so an app bundles only the catalogs it imports.
 * Adding a locale: its catalog in `src/i18n/locales/<code>.ts` and its code on this list.
 */
export const shippedLocales = /* @__PURE__ */ Object.freeze(['en', 'cs', 'sk', 'de', 'pl'] as const);

/** Locales shipped with the package (see `shippedLocales`). */
export type BuiltInLocale = (typeof shippedLocales)[number];
