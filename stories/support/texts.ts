import { translate, type MessageParams } from '../../src/i18n/index.js';
import { resolveMessages, type MessageKey } from '../../src/index.js';
import { storyCatalogs } from './catalogs.js';

/** The locale of the story: the toolbar's (or the test run's) `locale` global. */
export function storyLocale(globals: Readonly<Record<string, unknown>>): string {
  return typeof globals.locale === 'string' ? globals.locale : 'en';
}

/**
 * A text as Testing Library reads it from the page: its default normalizer turns every run of
 * white space into one ordinary space, and `\s` includes the no-break spaces (U+00A0, U+202F) that
 * the Czech, Slovak and other catalogs put after one-letter prepositions and inside numbers.
 * Expected texts go through the same, so a story asserts the same sentence in every locale.
 */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A matcher for an accessible name or description with this text. Unlike the text queries, those
 * are computed without normalizing no-break spaces, so the catalog's "s\u00A0heslem" must still
 * match the expected "s heslem": every white space in `text` matches any run of white space.
 */
export function sameText(text: string): RegExp {
  return new RegExp(`^\\s*${whiteSpaceTolerant(text)}\\s*$`);
}

/** Like `sameText`, for a name or description that contains `text` among other words. */
export function containsText(text: string): RegExp {
  return new RegExp(whiteSpaceTolerant(text));
}

function whiteSpaceTolerant(text: string): string {
  return normalizeText(text)
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/**
 * The catalog texts of the locale the story renders in, normalized as Testing Library normalizes
 * the page (see `normalizeText`), so that play functions assert what the customer reads in any language.
 */
export function textsFor(globals: Readonly<Record<string, unknown>>) {
  const messages = resolveMessages(storyLocale(globals), undefined, storyCatalogs);
  return (key: MessageKey, params?: MessageParams): string => normalizeText(translate(messages, key, params));
}
