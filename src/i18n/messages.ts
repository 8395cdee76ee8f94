import type { en } from './locales/en.js';

/** Every key of the catalog; English is the source of truth. */
export type MessageKey = keyof typeof en;

/** A complete catalog: a locale that misses a key does not compile. */
export type Messages = { readonly [K in MessageKey]: string };

/** Locales shipped with the package. */
export type BuiltInLocale = 'en' | 'cs' | 'sk';
