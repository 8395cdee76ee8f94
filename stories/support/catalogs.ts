/// <reference types="vite/client" />
import type { Messages } from '../../src/index.js';

/**
 * Every catalog in `src/i18n/locales/`, English first. An app imports only the catalogs it needs
 * (`@bizkithub/auth-react/locales/cs`); Storybook shows them all, so a new locale file appears in
 * the toolbar and in the story tests' locale matrix by itself.
 */
const modules = import.meta.glob<Readonly<Record<string, unknown>>>('../../src/i18n/locales/*.ts', { eager: true });

function isCatalog(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && typeof (value as { $locale?: unknown }).$locale === 'string';
}

export const storyCatalogs: readonly Messages[] = Object.values(modules)
  .flatMap((exports) => Object.values(exports).filter(isCatalog))
  .filter((catalog, index, all) => all.findIndex((other) => other.$locale === catalog.$locale) === index)
  .sort((a, b) => (a.$locale === 'en' ? -1 : b.$locale === 'en' ? 1 : a.$locale.localeCompare(b.$locale)));

/** The locale tags of `storyCatalogs`, in the same order. */
export const storyLocales: readonly string[] = storyCatalogs.map((catalog) => catalog.$locale);
