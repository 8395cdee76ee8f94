import { endpointErrorCodes } from '../client/endpoints.js';
import { isBizKitHubError } from '../client/errors.js';
import { resolveMessages } from './catalogs.js';
import { formatMessage, type MessageParams } from './formatMessage.js';
import { formatWait } from './formatWait.js';
import { en } from './locales/en.js';
import type { MessageKey, Messages } from './messages.js';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

function isDocumentedCode(endpoint: string, code: string | undefined): boolean {
  if (code === undefined || !Object.hasOwn(endpointErrorCodes, endpoint)) return false;
  const codes: readonly string[] = endpointErrorCodes[endpoint as keyof typeof endpointErrorCodes];
  return codes.includes(code);
}

/** The catalog key of a documented endpoint code, else that endpoint's generic failure. */
function apiKey(endpoint: string, code: string | undefined): MessageKey {
  if (endpoint === 'reset-password') return 'error.reset-password.failed';
  const exact = `error.${endpoint}.${code ?? ''}`;
  if (isDocumentedCode(endpoint, code) && isMessageKey(exact)) return exact;
  const generic = `error.${endpoint}.E001`;
  return isDocumentedCode(endpoint, 'E001') && isMessageKey(generic) ? generic : 'error.unknown';
}

function hasRetryAfter(retryAfterMs: number | undefined): retryAfterMs is number {
  return typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs > 0;
}

function isServerStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 500;
}

/**
 * The catalog key of the sentence to show for any error: the documented code of its endpoint,
 * else its kind, else `error.unknown`. Never depends on the server's text.
 */
export function getErrorMessageKey(error: unknown): MessageKey {
  if (!isBizKitHubError(error)) return 'error.unknown';
  switch (error.kind) {
    case 'validation':
      return 'error.validation';
    case 'api':
      return apiKey(error.endpoint, error.code);
    case 'rate-limit':
      return hasRetryAfter(error.retryAfterMs) ? 'error.rateLimitWait' : 'error.rateLimit';
    case 'platform':
      if (error.code?.startsWith('PUBLIC_API_KEY_')) return 'error.platform.apiKey';
      if (error.code === 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP') return 'error.platform.ip';
      return 'error.platform';
    case 'http':
      return isServerStatus(error.status) ? 'error.server' : 'error.http';
    case 'invalid-response':
      // An HTML 502/503 page from a proxy is an outage to the customer, not a puzzle.
      return isServerStatus(error.status) ? 'error.server' : 'error.invalidResponse';
    case 'network':
      return 'error.network';
    case 'timeout':
      return 'error.timeout';
    case 'aborted':
      return 'error.aborted';
    default:
      // A kind added by a newer copy of the package.
      return 'error.unknown';
  }
}

/**
 * A catalog message with its placeholders filled: the helper the forms use for labels and hints.
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
  const key = getErrorMessageKey(error);
  if (key === 'error.rateLimitWait' && isBizKitHubError(error) && hasRetryAfter(error.retryAfterMs)) {
    return translate(messages, key, { wait: formatWait(error.retryAfterMs, messages.$locale) });
  }
  return translate(messages, key);
}
