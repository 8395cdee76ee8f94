import { errorMessageOf } from './errorKey.js';
import { formatMessage, type MessageParams } from './formatMessage.js';
import type { MessageKey, MessageTexts, ProvidedMessages } from './messages.js';

// What the forms, `useErrorMessage` and `<SignOutButton>` translate with: the provider's texts first,
// then the English the caller brings (only the parts of src/i18n/locales/en/ it shows). Importing
// no catalog here keeps English out of every bundle that does not render it.

/** Whether the provider's texts or the English brought have a sentence for `key`. */
export function hasText(messages: ProvidedMessages, english: MessageTexts, key: string): key is MessageKey {
  return Object.hasOwn(messages, key) || Object.hasOwn(english, key);
}

/**
 * The text of `key` with its placeholders filled: the provider's, else the English brought. A key
 * that neither has (a part missing from the caller's set, which the tests rule out) reads as itself.
 */
export function textOf(messages: ProvidedMessages, english: MessageTexts, key: MessageKey, params?: MessageParams): string {
  return formatMessage(messages[key] ?? english[key] ?? key, params);
}

/** The customer's sentence for any error, as `getErrorMessage` says it, from these texts. */
export function errorTextOf(messages: ProvidedMessages, english: MessageTexts, error: unknown): string {
  const has = (key: string): key is MessageKey => hasText(messages, english, key);
  return textOf(messages, english, ...errorMessageOf(error, has, messages.$locale));
}
