import { translate, type MessageParams } from '../../src/i18n/index.js';
import { resolveMessages, type MessageKey } from '../../src/index.js';

/**
 * The catalog texts of the locale the story renders in (the toolbar's `locale` global), so that
 * play functions assert what the customer reads in any language.
 */
export function textsFor(globals: Readonly<Record<string, unknown>>) {
  const messages = resolveMessages(typeof globals.locale === 'string' ? globals.locale : 'en');
  return (key: MessageKey, params?: MessageParams): string => translate(messages, key, params);
}
