import { resolveMessages } from './catalogs.js';
import { errorKeyOf, errorMessageOf } from './errorKey.js';
import { formatMessage, type MessageParams } from './formatMessage.js';
import { en } from './locales/en.js';
import type { MessageKey, Messages } from './messages.js';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/**
 * The catalog key of the sentence to show for any error: the documented code of its endpoint,
 * else its kind, else `error.unknown`. Never depends on the server's text.
 */
export function getErrorMessageKey(error: unknown): MessageKey {
  return errorKeyOf(error, isMessageKey);
}

/**
 * A catalog message with its placeholders filled, e.g. for markup of your own.
 * A key missing from a hand-made catalog falls back to English.
 */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const template: string | undefined = messages[key];
  return formatMessage(template ?? en[key], params);
}

/**
 * The localized sentence to show a customer for any error (a `BizKitHubError`, any other
 * error, a string…), in the catalog given (`cs` from `@bizkithub/auth-react/locales/cs`), or in the
 * locale given (`'cs'`, `'sk-SK'`, …) picked from English and `catalogs`; English by default.
 * Rate limits with a known wait say how long ("Zkuste to prosím znovu za 5 minut.").
 * The server's own text is never shown. React-free: also on `@bizkithub/auth-react/client`.
 *
 * @example getErrorMessage(error, cs) // or getErrorMessage(error, 'cs-CZ', [cs])
 */
export function getErrorMessage(
  error: unknown,
  localeOrMessages?: string | Messages,
  catalogs?: readonly Messages[],
): string {
  const messages = resolveMessages(localeOrMessages, undefined, catalogs);
  return translate(messages, ...errorMessageOf(error, isMessageKey, messages.$locale));
}
