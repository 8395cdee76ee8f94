import { safeReturnTo } from '../core/returnTo.js';

/**
 * register-account's `returnUrl` from the browser, kept only when it is on `origin` or an allowed
 * origin (a same-origin path becomes absolute on `origin`); anything else is undefined, and the
 * handler's own `register.returnUrl` is used.
 */
export function checkReturnUrl(value: unknown, origin: string | undefined, allowedOrigins: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (origin === undefined) {
    // No shop origin to resolve a path on: only absolute URLs on an allowed origin.
    if (value.startsWith('/')) return undefined;
    for (const allowed of allowedOrigins) {
      const checked = safeReturnTo(value, allowed, allowedOrigins);
      if (checked !== `${allowed}/` || value === checked) return checked;
    }
    return undefined;
  }
  const checked = safeReturnTo(value, origin, allowedOrigins);
  // safeReturnTo answers `origin + '/'` for anything it refuses; a genuine "/" is kept.
  return checked !== `${origin}/` || value === '/' || value === checked ? checked : undefined;
}
