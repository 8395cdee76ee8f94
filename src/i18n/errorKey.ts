import { authUnavailableDigest, isBizKitHubError, type BizKitHubError } from '../core/errors.js';
import { isPositiveNumber } from '../core/retryAfter.js';
import type { MessageParams } from './formatMessage.js';
import { formatWait } from './formatWait.js';
import type { MessageKey } from './messages.js';

/** Whether the texts at hand (a catalog, or the English a form brings) have a sentence for `key`. */
export type HasText = (key: string) => key is MessageKey;

/**
 * The key of a documented endpoint code, else that endpoint's generic failure, else `error.unknown`.
 * The texts at hand decide: the catalogs hold a sentence for each documented code, and no other.
 */
function apiKey(endpoint: string, code: string | undefined, hasText: HasText): MessageKey {
  if (endpoint === 'reset-password') return 'error.reset-password.failed';
  return [`error.${endpoint}.${code ?? ''}`, `error.${endpoint}.E001`].find((key) => hasText(key)) ?? 'error.unknown';
}

/** A 5xx is an outage to the customer, not a puzzle: an HTML 502/503 page from a proxy too. */
function isServerStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 500;
}

/**
 * The key of the sentence to show for any error: the documented code of its endpoint (when
 * `hasText` knows it), else its kind, else `error.unknown`. Never depends on the server's text.
 * Imports no catalog: the caller says which keys it has texts for.
 */
export function errorKeyOf(error: unknown, hasText: HasText): MessageKey {
  // What is left of requireAuth()'s error after a production build of Next replaced it: its digest.
  if ((error as { digest?: unknown } | null)?.digest === authUnavailableDigest) return 'error.server';
  if (!isBizKitHubError(error)) return 'error.unknown';
  switch (error.kind) {
    case 'api':
      return apiKey(error.endpoint, error.code, hasText);
    case 'rate-limit':
      return isPositiveNumber(error.retryAfterMs) ? 'error.rateLimitWait' : 'error.rateLimit';
    case 'platform':
      if (error.code?.startsWith('PUBLIC_API_KEY_')) return 'error.platform.apiKey';
      if (error.code === 'INTERNAL_ACCOUNT_CAN_NOT_DETERMINATE_USER_IP') return 'error.platform.ip';
      return 'error.platform';
    case 'http':
      return isServerStatus(error.status) ? 'error.server' : 'error.http';
    case 'invalid-response':
      return isServerStatus(error.status) ? 'error.server' : 'error.invalidResponse';
    // The kinds whose key is their own name.
    case 'validation':
    case 'network':
    case 'timeout':
    case 'aborted':
      return `error.${error.kind}`;
    case 'unavailable':
      return 'error.server';
    default:
      // A kind added by a newer copy of the package.
      return 'error.unknown';
  }
}

/**
 * The key and placeholders of the sentence for an error: a rate limit with a known wait says how
 * long ("in 5 minutes", in `locale`).
 */
export function errorMessageOf(error: unknown, hasText: HasText, locale: string): [MessageKey, MessageParams?] {
  const key = errorKeyOf(error, hasText);
  // errorKeyOf gives this key only to a BizKitHubError whose retryAfterMs is a positive number.
  if (key === 'error.rateLimitWait') return [key, { wait: formatWait((error as BizKitHubError).retryAfterMs as number, locale) }];
  return [key];
}
