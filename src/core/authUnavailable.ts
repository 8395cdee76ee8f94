import { authUnavailableDigest, isBizKitHubError } from './errors.js';
import type { RefusalReason } from './refusalReason.js';

export { authUnavailableDigest };

const upstreamUnavailable: RefusalReason = 'upstream-unavailable';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A route error response (React Router's `ErrorResponse`) the server handler's 503 became. */
function isUnavailableResponse(error: Record<string, unknown>): boolean {
  if (error.status !== 503) return false;
  let data = error.data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return false;
    }
  }
  return isRecord(data) && data.reason === upstreamUnavailable;
}

/**
 * Whether an error means that customer accounts could not be reached (BizKitHub down or too slow),
 * rather than a bug: for an error page that says "try again in a moment" to the one and reports the
 * other. True for
 * - a `BizKitHubError` of kind `'unavailable'` (what `requireAuth()` throws),
 * - any error whose `digest` is {@link authUnavailableDigest} (the same error after a production
 *   build of Next.js replaced it with a generic one),
 * - a route error response of status 503 whose `data` (an object, or its JSON text) has the reason
 *   `'upstream-unavailable'` (the server handler's answer, thrown by a React Router loader).
 *
 * Safe in the browser: it reads only the error you give it.
 *
 * @example
 * // app/error.tsx
 * 'use client';
 * import { isAuthUnavailable } from '@bizkithub/auth-react';
 * export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
 *   return isAuthUnavailable(error) ? <p>Accounts are unavailable. Try again soon.</p> : <p>Something went wrong.</p>;
 * }
 */
export function isAuthUnavailable(error: unknown): boolean {
  if (!isRecord(error)) return false;
  if (isBizKitHubError(error) && error.kind === 'unavailable') return true;
  if (error.digest === authUnavailableDigest) return true;
  return isUnavailableResponse(error);
}
